package dev.nabla.symbolic.parse;

/** Names characters for error messages, so that an invisible one is identified by its code point. */
final class CodePoints {
    private CodePoints() {}

    /**
     * {@code '#' (U+0023 NUMBER SIGN)} for a visible character, {@code U+00A0 NO-BREAK SPACE (invisible)}
     * for a space, control, format character or unpaired surrogate.
     */
    static String describe(int cp) {
        if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) return String.format("U+%04X (an unpaired surrogate, invisible)", cp);
        String name = Character.getName(cp);
        String code = String.format("U+%04X", cp) + (name == null ? "" : " " + name);
        if (isInvisible(cp)) return code + " (invisible)";
        return "'" + new String(Character.toChars(cp)) + "' (" + code + ")";
    }

    /** Whether {@code cp} shows no glyph of its own: spaces, controls, format characters, marks, unassigned or private code points. */
    static boolean isInvisible(int cp) {
        return switch (Character.getType(cp)) {
            case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.CONTROL,
                 Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                 Character.NON_SPACING_MARK, Character.ENCLOSING_MARK -> true;
            default -> false;
        };
    }
}
