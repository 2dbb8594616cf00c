package dev.nabla.symbolic.compile;

import dev.nabla.core.rules.CustomPrimitive;
import dev.nabla.core.rules.StrongZero;
import dev.nabla.symbolic.compile.Step.Op;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;

import java.lang.invoke.MethodHandles;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

import static org.objectweb.asm.Opcodes.*;

/**
 * Writes a {@link Program} as the bytes of a class implementing {@link CompiledFunction} (one
 * output) or {@link CompiledVectorFunction}.
 *
 * <p>The steps are cut into static methods {@code chunkK(double[] x, double[] t, double[] out)} as the
 * {@link Layout} says (each small enough for the JIT). Within a chunk every step's value lives in
 * a local {@code double}; a value a later chunk reads is also stored in the scratch array {@code t},
 * allocated per call only when there is more than one chunk. Each chunk returns its last step's value,
 * which for a scalar function is the result. Function objects the steps call ({@link Step.Op#TABLE},
 * {@link Step.Op#CUSTOM}) are {@code static final} fields initialized from the hidden class's class
 * data, so the JIT sees them as constants.
 */
final class Emitter {
    static final String INTERNAL_NAME = "dev/nabla/symbolic/compile/Compiled";
    static final String CLASS_NAME = INTERNAL_NAME.replace('/', '.');

    private static final String CHUNK_DESCRIPTOR = "([D[D[D)D";
    /** The zero rule's product on doubles, a static method small enough for the JIT to inline. */
    private static final String STRONG_ZERO = Type.getInternalName(StrongZero.class);
    private static final String LITERALS = "literals";
    private static final int X = 0;
    private static final int T = 1;
    private static final int OUT = 2;

    private final Program program;
    private final boolean scalar;
    private final Layout layout;
    /** For a {@link Kernel}: the operand {@code run} returns; null otherwise. */
    private final Operand returned;
    /** The step whose value {@link #returned} is, or -1. */
    private final int returnedStep;
    private final Literals literals;

    /** For a {@link Kernel}: whether outputs are added to {@code out} rather than written. */
    private final boolean accumulate;

    private Emitter(Program program, boolean scalar, Operand returned) {
        this(program, scalar, returned, false);
    }

    private Emitter(Program program, boolean scalar, Operand returned, boolean accumulate) {
        this.accumulate = accumulate;
        this.program = program;
        this.scalar = scalar;
        this.layout = new Layout(program, !scalar);
        this.returned = returned;
        this.returnedStep = returned instanceof Operand.Result r ? r.index() : -1;
        this.literals = Literals.of(program);
    }

    /** The class data the class of {@code program} expects: its function objects and, past the pool limit, its literals. */
    static Object[] classData(Program program) {
        return Literals.classData(program, Literals.of(program));
    }

    /** The class file of a {@link CompiledFunction}; {@code program} has one root. */
    static byte[] scalarClass(Program program) {
        return new Emitter(program, true, null).write(CompiledFunction.class);
    }

    /** The class file of a {@link CompiledVectorFunction}. */
    static byte[] vectorClass(Program program) {
        return new Emitter(program, false, null).write(CompiledVectorFunction.class);
    }

    /** The class file of a {@link Kernel} whose {@code run} returns {@code returned}. */
    static byte[] kernelClass(Program program, Operand returned, boolean accumulate) {
        return new Emitter(program, false, returned, accumulate).write(Kernel.class);
    }

    private byte[] write(Class<?> face) {
        // Straight-line code has no jumps, so no stack map frames: computing the maximums is enough.
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(V17, ACC_FINAL | ACC_SUPER | ACC_SYNTHETIC, INTERNAL_NAME, null, "java/lang/Object",
                new String[] {Type.getInternalName(face)});
        writeFields(cw);
        writeConstructor(cw);
        for (int c = 0; c < layout.chunks; c++) writeChunk(cw, c);
        if (scalar) {
            writeScalarEntry(cw);
        } else if (returned != null) {
            writeKernelEntry(cw);
            writeConstant(cw, "scratchLength", layout.temps);
        } else {
            writeVectorEntry(cw);
            writeConstant(cw, "inputs", program.variables().size());
            writeConstant(cw, "outputs", program.roots().size());
        }
        cw.visitEnd();
        return cw.toByteArray();
    }

    private static String fieldDescriptor(Object f) {
        if (f instanceof DoubleUnaryOperator) return Type.getDescriptor(DoubleUnaryOperator.class);
        if (f instanceof DoubleBinaryOperator) return Type.getDescriptor(DoubleBinaryOperator.class);
        return Type.getDescriptor(CustomPrimitive.class);
    }

    private void writeFields(ClassWriter cw) {
        List<Object> fs = program.functions();
        if (fs.isEmpty() && !literals.inArray()) return;
        for (int k = 0; k < fs.size(); k++) {
            cw.visitField(ACC_STATIC | ACC_FINAL | ACC_PRIVATE, "f" + k, fieldDescriptor(fs.get(k)), null, null).visitEnd();
        }
        if (literals.inArray()) cw.visitField(ACC_STATIC | ACC_FINAL | ACC_PRIVATE, LITERALS, "[D", null, null).visitEnd();
        MethodVisitor mv = cw.visitMethod(ACC_STATIC, "<clinit>", "()V", null, null);
        mv.visitCode();
        String lookup = Type.getInternalName(MethodHandles.class);
        mv.visitMethodInsn(INVOKESTATIC, lookup, "lookup", "()Ljava/lang/invoke/MethodHandles$Lookup;", false);
        mv.visitLdcInsn("_");
        mv.visitLdcInsn(Type.getType(Object[].class));
        mv.visitMethodInsn(INVOKESTATIC, lookup, "classData",
                "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;)Ljava/lang/Object;", false);
        mv.visitTypeInsn(CHECKCAST, "[Ljava/lang/Object;");
        for (int k = 0; k < fs.size(); k++) {
            String d = fieldDescriptor(fs.get(k));
            mv.visitInsn(DUP);
            pushInt(mv, k);
            mv.visitInsn(AALOAD);
            mv.visitTypeInsn(CHECKCAST, Type.getType(d).getInternalName());
            mv.visitFieldInsn(PUTSTATIC, INTERNAL_NAME, "f" + k, d);
        }
        if (literals.inArray()) {
            mv.visitInsn(DUP);
            pushInt(mv, fs.size());
            mv.visitInsn(AALOAD);
            mv.visitTypeInsn(CHECKCAST, "[D");
            mv.visitFieldInsn(PUTSTATIC, INTERNAL_NAME, LITERALS, "[D");
        }
        mv.visitInsn(POP);
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private static void writeConstructor(ClassWriter cw) {
        MethodVisitor mv = cw.visitMethod(0, "<init>", "()V", null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitMethodInsn(INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private static void writeConstant(ClassWriter cw, String name, int value) {
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, name, "()I", null, null);
        mv.visitCode();
        pushInt(mv, value);
        mv.visitInsn(IRETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private void writeScalarEntry(ClassWriter cw) {
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_VARARGS, "applyAsDouble", "([D)D", null, null);
        mv.visitCode();
        checkInputs(mv, 1, "applyAsDouble");
        callChunks(mv, 1, 2, -1);
        Operand root = program.roots().get(0);
        if (!(root instanceof Operand.Result)) loadLeaf(mv, root, 1);
        mv.visitInsn(DRETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private void writeVectorEntry(ClassWriter cw) {
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "apply", "([D[D)V", null, null);
        mv.visitCode();
        checkInputs(mv, 1, "apply");
        mv.visitVarInsn(ALOAD, 2);
        pushInt(mv, program.roots().size());
        mv.visitLdcInsn("apply");
        mv.visitMethodInsn(INVOKESTATIC, "dev/nabla/symbolic/compile/Checks", "outputs", "([DILjava/lang/String;)V", false);
        callChunks(mv, 1, 3, 2);
        if (layout.chunks > 0) mv.visitInsn(POP2);
        for (int r = 0; r < program.roots().size(); r++) {
            Operand root = program.roots().get(r);
            if (root instanceof Operand.Result) continue;
            mv.visitVarInsn(ALOAD, 2);
            pushInt(mv, r);
            loadLeaf(mv, root, 1);
            mv.visitInsn(DASTORE);
        }
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** {@code double run(double[] x, double[] out, double[] t)}: the chunks, then the outputs that are leaves. */
    private void writeKernelEntry(ClassWriter cw) {
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "run", "([D[D[D)D", null, null);
        mv.visitCode();
        int result = 4;
        mv.visitInsn(DCONST_0);
        mv.visitVarInsn(DSTORE, result);
        int returnedChunk = returnedStep >= 0 ? layout.chunkOf[returnedStep] : -1;
        for (int c = 0; c < layout.chunks; c++) {
            mv.visitVarInsn(ALOAD, 1);
            mv.visitVarInsn(ALOAD, 3);
            mv.visitVarInsn(ALOAD, 2);
            mv.visitMethodInsn(INVOKESTATIC, INTERNAL_NAME, "chunk" + c, CHUNK_DESCRIPTOR, false);
            if (c == returnedChunk) mv.visitVarInsn(DSTORE, result);
            else mv.visitInsn(POP2);
        }
        for (int r = 0; r < program.roots().size(); r++) {
            Operand root = program.roots().get(r);
            if (root instanceof Operand.Result) continue;
            if (accumulate && root instanceof Operand.Literal l && l.value() == 0) continue;
            mv.visitVarInsn(ALOAD, 2);
            pushInt(mv, r);
            if (accumulate) {
                mv.visitInsn(DUP2);
                mv.visitInsn(DALOAD);
            }
            loadLeaf(mv, root, 1);
            if (accumulate) mv.visitInsn(DADD);
            mv.visitInsn(DASTORE);
        }
        if (returnedStep >= 0) mv.visitVarInsn(DLOAD, result);
        else loadLeaf(mv, returned, 1);
        mv.visitInsn(DRETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private void checkInputs(MethodVisitor mv, int xLocal, String operation) {
        mv.visitVarInsn(ALOAD, xLocal);
        pushInt(mv, program.variables().size());
        mv.visitLdcInsn(operation);
        mv.visitLdcInsn(String.join(", ", program.variables()));
        mv.visitMethodInsn(INVOKESTATIC, "dev/nabla/symbolic/compile/Checks", "inputs", "([DILjava/lang/String;Ljava/lang/String;)V", false);
    }

    /** Allocates the scratch array into {@code tLocal} and calls the layout.chunks; the last one's value stays on the stack. */
    private void callChunks(MethodVisitor mv, int xLocal, int tLocal, int outLocal) {
        if (layout.temps > 0) {
            pushInt(mv, layout.temps);
            mv.visitIntInsn(NEWARRAY, T_DOUBLE);
        } else {
            mv.visitInsn(ACONST_NULL);
        }
        mv.visitVarInsn(ASTORE, tLocal);
        for (int c = 0; c < layout.chunks; c++) {
            mv.visitVarInsn(ALOAD, xLocal);
            mv.visitVarInsn(ALOAD, tLocal);
            if (outLocal >= 0) mv.visitVarInsn(ALOAD, outLocal);
            else mv.visitInsn(ACONST_NULL);
            mv.visitMethodInsn(INVOKESTATIC, INTERNAL_NAME, "chunk" + c, CHUNK_DESCRIPTOR, false);
            if (c < layout.chunks - 1) mv.visitInsn(POP2);
        }
    }

    private void writeChunk(ClassWriter cw, int c) {
        MethodVisitor mv = cw.visitMethod(ACC_PRIVATE | ACC_STATIC, "chunk" + c, CHUNK_DESCRIPTOR, null, null);
        mv.visitCode();
        int last = -1;
        for (int s = layout.firstStep[c]; s < layout.chunkOf.length && layout.chunkOf[s] == c; s++) {
            emit(mv, program.steps().get(s), c);
            mv.visitVarInsn(DSTORE, local(s));
            if (layout.tempSlot[s] >= 0) store(mv, T, layout.tempSlot[s], s);
            for (int r : layout.outputsOf.get(s)) store(mv, OUT, r, s);
            last = s;
        }
        if (returnedStep >= 0 && layout.chunkOf[returnedStep] == c) last = returnedStep;
        mv.visitVarInsn(DLOAD, local(last));
        mv.visitInsn(DRETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private void store(MethodVisitor mv, int array, int index, int step) {
        mv.visitVarInsn(ALOAD, array);
        pushInt(mv, index);
        boolean add = accumulate && array == OUT;
        if (add) {
            mv.visitInsn(DUP2);
            mv.visitInsn(DALOAD);
        }
        mv.visitVarInsn(DLOAD, local(step));
        if (add) mv.visitInsn(DADD);
        mv.visitInsn(DASTORE);
    }

    private int local(int step) {
        return layout.localOf[step];
    }

    private void emit(MethodVisitor mv, Step s, int chunk) {
        List<Operand> a = s.args();
        switch (s.op()) {
            case SUM, PRODUCT -> {
                load(mv, a.get(0), chunk);
                for (int k = 1; k < a.size(); k++) {
                    load(mv, a.get(k), chunk);
                    mv.visitInsn(s.op() == Op.SUM ? DADD : DMUL);
                }
            }
            case STRONG_PRODUCT -> {
                load(mv, a.get(0), chunk);
                load(mv, a.get(1), chunk);
                mv.visitMethodInsn(INVOKESTATIC, STRONG_ZERO, "times", "(DD)D", false);
            }
            case DIFFERENCE, QUOTIENT -> {
                load(mv, a.get(0), chunk);
                load(mv, a.get(1), chunk);
                mv.visitInsn(s.op() == Op.DIFFERENCE ? DSUB : DDIV);
            }
            case NEGATE -> {
                load(mv, a.get(0), chunk);
                mv.visitInsn(DNEG);
            }
            case SQRT -> {
                load(mv, a.get(0), chunk);
                mv.visitMethodInsn(INVOKESTATIC, "java/lang/Math", "sqrt", "(D)D", false);
            }
            case INT_POWER -> {
                int n = Math.abs(s.power());
                if (s.power() < 0) mv.visitInsn(DCONST_1);
                load(mv, a.get(0), chunk);
                for (int k = 1; k < n; k++) {
                    load(mv, a.get(0), chunk);
                    mv.visitInsn(DMUL);
                }
                if (s.power() < 0) mv.visitInsn(DDIV);
            }
            case POW -> {
                load(mv, a.get(0), chunk);
                load(mv, a.get(1), chunk);
                mv.visitMethodInsn(INVOKESTATIC, "java/lang/Math", "pow", "(DD)D", false);
            }
            case MATH -> {
                for (Operand o : a) load(mv, o, chunk);
                mv.visitMethodInsn(INVOKESTATIC, "java/lang/Math", s.mathMethod(), a.size() == 1 ? "(D)D" : "(DD)D", false);
            }
            case TABLE -> {
                Object f = program.functions().get(s.function());
                String d = fieldDescriptor(f);
                mv.visitFieldInsn(GETSTATIC, INTERNAL_NAME, "f" + s.function(), d);
                for (Operand o : a) load(mv, o, chunk);
                mv.visitMethodInsn(INVOKEINTERFACE, Type.getType(d).getInternalName(), "applyAsDouble",
                        a.size() == 1 ? "(D)D" : "(DD)D", true);
            }
            case CUSTOM -> {
                String owner = Type.getInternalName(CustomPrimitive.class);
                mv.visitFieldInsn(GETSTATIC, INTERNAL_NAME, "f" + s.function(), Type.getDescriptor(CustomPrimitive.class));
                pushInt(mv, a.size());
                mv.visitIntInsn(NEWARRAY, T_DOUBLE);
                for (int k = 0; k < a.size(); k++) {
                    mv.visitInsn(DUP);
                    pushInt(mv, k);
                    load(mv, a.get(k), chunk);
                    mv.visitInsn(DASTORE);
                }
                String evaluation = Type.getInternalName(CustomPrimitive.Evaluation.class);
                mv.visitMethodInsn(INVOKEVIRTUAL, owner, "evaluate", "([D)L" + evaluation + ";", false);
                mv.visitMethodInsn(INVOKEVIRTUAL, evaluation, "value", "()D", false);
            }
            default -> throw new IllegalStateException("emit: unknown operation " + s.op());
        }
    }

    private void load(MethodVisitor mv, Operand o, int chunk) {
        if (o instanceof Operand.Result r) {
            if (layout.chunkOf[r.index()] == chunk) {
                mv.visitVarInsn(DLOAD, local(r.index()));
            } else {
                mv.visitVarInsn(ALOAD, T);
                pushInt(mv, layout.tempSlot[r.index()]);
                mv.visitInsn(DALOAD);
            }
        } else {
            loadLeaf(mv, o, X);
        }
    }

    private void loadLeaf(MethodVisitor mv, Operand o, int xLocal) {
        if (o instanceof Operand.Input in) {
            mv.visitVarInsn(ALOAD, xLocal);
            pushInt(mv, in.index());
            mv.visitInsn(DALOAD);
        } else {
            double v = ((Operand.Literal) o).value();
            if (Double.doubleToRawLongBits(v) == 0L) {
                mv.visitInsn(DCONST_0);
            } else if (v == 1.0) {
                mv.visitInsn(DCONST_1);
            } else if (literals.inArray()) {
                mv.visitFieldInsn(GETSTATIC, INTERNAL_NAME, LITERALS, "[D");
                pushInt(mv, literals.indexOf(v));
                mv.visitInsn(DALOAD);
            } else {
                mv.visitLdcInsn(v);
            }
        }
    }

    private static void pushInt(MethodVisitor mv, int v) {
        if (v >= -1 && v <= 5) mv.visitInsn(ICONST_0 + v);
        else if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) mv.visitIntInsn(BIPUSH, v);
        else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) mv.visitIntInsn(SIPUSH, v);
        else if (v > 0) {
            // (v >>> 15) << 15 | (v & 0x7fff): no constant-pool entry, so scratch indices never fill the pool
            pushInt(mv, v >>> 15);
            mv.visitIntInsn(BIPUSH, 15);
            mv.visitInsn(ISHL);
            mv.visitIntInsn(SIPUSH, v & 0x7fff);
            mv.visitInsn(IOR);
        } else mv.visitLdcInsn(v);
    }
}
