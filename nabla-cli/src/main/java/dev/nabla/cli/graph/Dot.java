package dev.nabla.cli.graph;

import java.util.Locale;

/**
 * A {@link ComputationGraph} as Graphviz DOT text, in the style of micrograd's {@code draw_dot}: data
 * flows left to right, each node a record {@code { label | data v | grad g }}; inputs are drawn as
 * ovals, constants in grey, the output in bold.
 */
public final class Dot {
    private Dot() {}

    /** The DOT text of {@code g}, titled {@code title}. */
    public static String of(ComputationGraph g, String title) {
        StringBuilder b = new StringBuilder();
        b.append("digraph nabla {\n");
        b.append("  rankdir=LR;\n");
        b.append("  label=\"").append(escape(title)).append("\"; labelloc=t; fontname=\"Helvetica\";\n");
        b.append("  node [shape=record, fontname=\"Helvetica\", fontsize=11];\n");
        int last = g.nodes().size() - 1;
        for (ComputationGraph.Node n : g.nodes()) {
            b.append("  n").append(n.id()).append(" [label=\"{ ").append(escape(n.label()))
                    .append(" | data ").append(number(n.value()));
            if (!n.kind().equals("constant")) b.append(" | grad ").append(number(n.adjoint()));
            b.append(" }\"");
            if (n.kind().equals("constant")) b.append(", color=gray50, fontcolor=gray35");
            if (n.kind().equals("input")) b.append(", style=rounded");
            if (n.id() == last) b.append(", penwidth=2");
            b.append("];\n");
        }
        for (ComputationGraph.Node n : g.nodes()) {
            for (int input : n.inputs()) b.append("  n").append(input).append(" -> n").append(n.id()).append(";\n");
        }
        return b.append("}\n").toString();
    }

    /** Six significant digits: {@code 0.841471}, {@code 6494.04}, {@code 1.5e-08}, {@code nan}. */
    static String number(double v) {
        if (Double.isNaN(v)) return "nan";
        if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        String s = String.format(Locale.ROOT, "%.6g", v);
        if (s.contains("e")) {
            String[] parts = s.split("e");
            return stripZeros(parts[0]) + "e" + parts[1];
        }
        return stripZeros(s);
    }

    private static String stripZeros(String s) {
        if (!s.contains(".")) return s;
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** Escapes what DOT strings and record labels treat specially. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if ("{}|<>\"\\".indexOf(c) >= 0) b.append('\\');
            if (c == '\n' || c == '\r') b.append(' ');
            else b.append(c);
        }
        return b.toString();
    }
}
