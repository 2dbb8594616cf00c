package dev.nabla.spark.compiled;

import dev.nabla.symbolic.jit.CompiledGradient;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Compiled gradients kept once per JVM, so that a function is traced and compiled once per executor
 * rather than once per task. Every task deserializes its own copy of the user's lambda, a new object
 * each time, so the key is not the object but its {@link #fingerprint}: a digest of its serialized
 * form, which holds the lambda's code (its class and method) and every value it captures. Two copies
 * of one function share a program; a function whose captured values changed gets a new one.
 *
 * <p>At most {@value #CAPACITY} programs are kept: one more empties the cache first. Thread-safe; a
 * program is compiled by the first task that needs it, while other tasks needing other programs go on.
 */
public final class CompiledPerJvm {
    /** How many compiled gradients a JVM keeps. */
    public static final int CAPACITY = 64;

    /** The fingerprint of a function that cannot be serialized: no program is kept for it. */
    public static final String NONE = "";

    private static final ConcurrentHashMap<String, CompletableFuture<CompiledGradient>> CACHE = new ConcurrentHashMap<>();

    private CompiledPerJvm() {}

    /**
     * The SHA-256 digest of {@code function}'s Java serialization, or {@link #NONE} if it cannot be serialized
     * (it cannot then be shipped to Spark's executors either, and is compiled afresh wherever it is
     * used). Serializing costs what the function captures: compute it once on the driver and send it
     * with the tasks. Values the function reads from static fields are not part of it.
     */
    public static String fingerprint(Serializable function) {
        if (function == null) throw new IllegalArgumentException("compiled cache: the function is null");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(function);
        } catch (IOException e) {
            return NONE;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /**
     * The program of the function {@code fingerprint} compiled for {@code shape} (the sizes and choices
     * it is compiled for), from the cache, or made by {@code compile} on first request; without a
     * fingerprint ({@link #NONE}), compiled afresh.
     *
     * @throws RuntimeException what {@code compile} throws (and the program is not kept)
     */
    public static CompiledGradient gradient(String fingerprint, String shape, Supplier<CompiledGradient> compile) {
        if (fingerprint == null || shape == null || compile == null) {
            throw new IllegalArgumentException("compiled cache: fingerprint, shape and compiler must not be null");
        }
        if (fingerprint.equals(NONE)) return compile.get();
        String key = fingerprint + " " + shape;
        CompletableFuture<CompiledGradient> mine = new CompletableFuture<>();
        CompletableFuture<CompiledGradient> known = CACHE.putIfAbsent(key, mine);
        if (known == null) {
            if (CACHE.size() > CAPACITY) {
                CACHE.clear();
                CACHE.put(key, mine);
            }
            try {
                mine.complete(compile.get());
            } catch (RuntimeException | Error e) {
                CACHE.remove(key, mine);
                mine.completeExceptionally(e);
                throw e;
            }
            return mine.join();
        }
        try {
            return known.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw e;
        }
    }
}
