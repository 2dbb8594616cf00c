package dev.nabla.symbolic.print;

/** Operator precedence levels shared by the printers (SymPy's values). */
final class Precedence {
    private Precedence() {}

    static final int NONE = 0;
    static final int ADD = 40;
    static final int MUL = 50;
    static final int POW = 60;
    static final int ATOM = 1000;
}
