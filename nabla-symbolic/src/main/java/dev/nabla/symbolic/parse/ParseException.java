package dev.nabla.symbolic.parse;

/**
 * Bad input to the parser. The message names the problem and the position and shows the input
 * with a caret under it:
 * <pre>
 * parse: unknown function 'sine' at position 0 (known: abs, acos, …)
 *   sine(x)
 *   ^
 * </pre>
 */
public final class ParseException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final int position;
    private final String input;

    ParseException(String problem, String input, int position) {
        super("parse: " + problem + " at position " + position + "\n  " + input + "\n  " + " ".repeat(Math.max(0, position)) + "^");
        this.position = position;
        this.input = input;
    }

    /** The 0-based position in the input. */
    public int position() { return position; }

    /** The input. */
    public String input() { return input; }
}
