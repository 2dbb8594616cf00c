package dev.nabla.core.rules;

/**
 * A method that needs a custom primitive's algebra rule (symbolic differentiation, a compiled gradient,
 * higher orders) met a primitive given without one. The tape, which needs only the primitive's backward
 * pass, can still differentiate the function.
 */
public final class MissingRuleException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    MissingRuleException(String primitive, String needer) {
        super("custom primitive '" + primitive + "' has no algebra rule, which " + needer + " needs; add one with withRule(...)");
    }
}
