package dev.nabla.symbolic.parse;

/** A lexical token with its 0-based position; a {@code STRING}'s text is without its quotes. */
record Token(Type type, String text, int position) {
    enum Type { NUMBER, DECIMAL, IDENTIFIER, STRING, OPERATOR, LEFT, RIGHT, COMMA, END }

    String describe() {
        if (type == Type.END) return "the end of the input";
        String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        return type == Type.STRING ? "the string '" + shown + "'" : "'" + shown + "'";
    }
}
