package dev.nabla.symbolic.parse;

/** A lexical token with its 0-based position. */
record Token(Type type, String text, int position) {
    enum Type { NUMBER, DECIMAL, IDENTIFIER, OPERATOR, LEFT, RIGHT, COMMA, END }

    String describe() {
        return type == Type.END ? "the end of the input" : "'" + text + "'";
    }
}
