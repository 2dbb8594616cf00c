package dev.nabla.cli.graph;

import dev.nabla.core.reverse.Reverse;
import dev.nabla.symbolic.compile.Compiler;
import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.Symbol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class ComputationGraphTest {

    static Map<Symbol, Double> point(double x, double y) {
        Map<Symbol, Double> p = new LinkedHashMap<>();
        p.put(Symbol.of("x"), x);
        p.put(Symbol.of("y"), y);
        return p;
    }

    @Test
    void theInputsAdjointsAreTheGradientAndEachNodeIsOnce() {
        Expr e = Expr.parse("sin(x*y) + exp(x*y)*x");
        ComputationGraph g = ComputationGraph.of(e, point(0.5, 2));
        double[] grad = Reverse.gradient(Compiler.lambdify(e, List.of(Symbol.of("x"), Symbol.of("y"))), new double[] {0.5, 2});
        ComputationGraph.Node x = g.nodes().stream().filter(n -> n.label().equals("x")).findFirst().orElseThrow();
        ComputationGraph.Node y = g.nodes().stream().filter(n -> n.label().equals("y")).findFirst().orElseThrow();
        assertEquals(grad[0], x.adjoint(), 1e-15);
        assertEquals(grad[1], y.adjoint(), 1e-15);
        assertEquals("input", x.kind());
        ComputationGraph.Node out = g.nodes().get(g.nodes().size() - 1);
        assertEquals(1.0, out.adjoint());
        assertEquals(Math.sin(1) + Math.exp(1) * 0.5, out.value(), 1e-15);
        assertEquals(1, g.nodes().stream().filter(n -> n.label().equals("*") && n.inputs().size() == 2
                && n.value() == 1.0).count(), "x*y is one shared node");
        ComputationGraph.Node xy = g.nodes().stream().filter(n -> n.label().equals("*") && n.value() == 1.0).findFirst().orElseThrow();
        assertEquals(Math.cos(1) + Math.exp(1) * 0.5, xy.adjoint(), 1e-15, "adjoint of the shared node sums both uses");
        for (ComputationGraph.Node n : g.nodes()) for (int i : n.inputs()) assertTrue(i < n.id(), "inputs come first");
    }

    @Test
    void dotHasOneRecordPerNodeAndOneEdgePerOperand() {
        ComputationGraph g = ComputationGraph.of(Expr.parse("x*y + 2"), point(3, 4));
        String dot = Dot.of(g, "x*y + 2 at x=3,y=4");
        assertTrue(dot.startsWith("digraph nabla {\n  rankdir=LR;\n"), dot);
        assertTrue(dot.contains("[label=\"{ x | data 3 | grad 4 }\", style=rounded]"), dot);
        assertTrue(dot.contains("[label=\"{ 2 | data 2 }\", color=gray50"), dot);
        assertTrue(dot.contains("[label=\"{ + | data 14 | grad 1 }\", penwidth=2]"), dot);
        long edges = dot.lines().filter(l -> l.contains("->")).count();
        assertEquals(g.nodes().stream().mapToInt(n -> n.inputs().size()).sum(), edges);
        assertEquals("0.841471", Dot.number(Math.sin(1)));
        assertEquals("1.5e-08", Dot.number(1.5e-8));
        assertEquals("\\{a\\|b\\}", Dot.escape("{a|b}"));
    }

    @Test
    void withoutDotTheMessageNamesTheProgramAndNothingIsWritten(@TempDir Path tmp) {
        Path target = tmp.resolve("g.svg");
        String m = assertThrows(IllegalStateException.class, () -> Graphviz.render("digraph {}", "svg", target, tmp.toString())).getMessage();
        assertTrue(m.contains("needs Graphviz's 'dot' program, which is not on the PATH"), m);
        assertFalse(Files.exists(target));
    }

    @Test
    void withDotTheSvgIsWrittenWhole(@TempDir Path tmp) throws Exception {
        if (Graphviz.find().isEmpty()) return; // covered by the test above; CI may lack Graphviz
        Path target = tmp.resolve("g.svg");
        Graphviz.render(Dot.of(ComputationGraph.of(Expr.parse("x*y"), point(1, 2)), "t"), "svg", target);
        String svg = Files.readString(target);
        assertTrue(svg.contains("<svg") && svg.strip().endsWith("</svg>"), svg);
        assertEquals(List.of(target), Files.list(tmp).toList(), "no temporary file left");
        assertThrows(java.io.UncheckedIOException.class, () -> Graphviz.render("digraph { not valid", "svg", target));
        assertEquals(svg, Files.readString(target), "a failed render leaves the old file");
    }

    @Test
    void aGraphTooLargeToDrawIsRefused() {
        StringBuilder b = new StringBuilder("x");
        for (int i = 0; i < ComputationGraph.MAX_NODES; i++) b.append(" + sin(x + ").append(i).append(")");
        String m = assertThrows(IllegalArgumentException.class, () -> ComputationGraph.of(Expr.parse(b.toString()), point(1, 2))).getMessage();
        assertTrue(m.contains("at most " + ComputationGraph.MAX_NODES), m);
    }
}
