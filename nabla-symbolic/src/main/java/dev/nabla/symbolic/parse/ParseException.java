package dev.nabla.symbolic.parse;

/**
 * Bad input to the parser. The message names the problem and the position and shows the input
 * with a caret under it:
 * <pre>
 * parse: unknown function 'sine' at position 0 (known: abs, acos, …)
 *   sine(x)
 *   ^
 * </pre>
 * Input longer than {@value #WINDOW} characters on either side of the position is shown as an excerpt
 * with {@code …}; line breaks, tabs and other invisible characters are shown as spaces, so the caret
 * stays under the position (the problem names an invisible character by its code point).
 */
public final class ParseException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** Characters of context shown on each side of the position. */
    static final int WINDOW = 60;

    private final int position;
    private final String input;

    ParseException(String problem, String input, int position) {
        super("parse: " + problem + " at position " + position + excerpt(input, position));
        this.position = position;
        this.input = input;
    }

    private static String excerpt(String input, int position) {
        int from = Math.max(0, position - WINDOW);
        int to = Math.min(input.length(), position + WINDOW);
        if (from > 0 && Character.isLowSurrogate(input.charAt(from))) from--;
        if (to < input.length() && Character.isLowSurrogate(input.charAt(to))) to++;
        StringBuilder shown = new StringBuilder();
        int column = 0;
        if (from > 0) {
            shown.append('…');
            column++;
        }
        for (int i = from; i < to; ) {
            int cp = input.codePointAt(i);
            if (i < position) column++;
            shown.appendCodePoint(CodePoints.isInvisible(cp) ? ' ' : cp);
            i += Character.charCount(cp);
        }
        if (to < input.length()) shown.append('…');
        return "\n  " + shown + "\n  " + " ".repeat(column) + "^";
    }

    /** The 0-based position in the input (an index into the string, counting UTF-16 units). */
    public int position() { return position; }

    /** The input. */
    public String input() { return input; }
}
