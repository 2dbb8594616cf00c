/**
 * The parser of ordinary math input, which also reads SymPy's spellings. Grammar (EBNF):
 *
 * <pre>
 * expression = term , { ( "+" | "-" ) , term } ;
 * term       = unary , { ( "*" | "/" ) , unary } ;
 * unary      = { "+" | "-" } , power ;
 * power      = primary , [ ( "^" | "**" ) , unary ] ;        (* right-associative *)
 * primary    = number | constant | identifier | call | "(" , expression , ")" ;
 * constant   = "pi" | "e" | "E" | "nan" | "inf" | "oo" | "zoo" ;
 * call       = function , "(" , expression , { "," , expression } , ")"
 *            | "Float" , "(" , string , ")" ;
 * number     = ( digits , [ "." , [ digits ] ] | "." , digits ) , [ ( "e" | "E" ) , [ "+" | "-" ] , digits ] ;
 * digits     = digit , { digit } ;      digit = "0" | … | "9" ;      (* ASCII only *)
 * identifier = ( letter | "_" ) , { letter | digit | "_" } ;
 * string     = "'" , { character } , "'" | '"' , { character } , '"' ;
 * </pre>
 *
 * {@code -x^2} is {@code -(x^2)}, {@code 2^-x} is {@code 2^(-x)}, {@code a^b^c} is {@code a^(b^c)}.
 * Functions: every non-arithmetic primitive of the rule table — {@code abs, acos, acosh, asin, asinh,
 * atan, atan2, atanh, cbrt, cos, cosh, exp, expm1, heaviside, hypot, log} (natural){@code , log10,
 * log1p, max, min, sign, sin, sinh, sqrt, tan, tanh} — and SymPy's spellings: {@code Abs, Min, Max,
 * Heaviside} (also {@code Heaviside(x, 1/2)}), {@code ln}, {@code log(x, b)} (= {@code log(x)/log(b)};
 * {@code log(x, 10)} is {@code log10(x)}), {@code Rational(p, q)} (exact; a float argument converted
 * exactly) and {@code Float('0.1')}, {@code Float(x)}. Constants: {@code pi}; {@code e} and {@code E};
 * {@code inf} and {@code oo}; {@code nan}, and {@code zoo} (SymPy's complex infinity, which a real
 * expression can only hold as NaN, Nabla's value of {@code 1/0}). A number without a point or exponent
 * is an exact integer; with one it is a float. Multiplication must be written ({@code 2*x}).
 * {@code min} and {@code max} also take more than two arguments, as SymPy prints them:
 * {@code max(a, b, c)} is {@code max(max(a, b), c)}.
 *
 * <p>Errors are {@link dev.nabla.symbolic.parse.ParseException}s naming the position with a caret
 * under the input (an excerpt around it for long input); an unknown function lists the known ones.
 * Digits and whitespace are ASCII only: a non-ASCII digit ({@code ٣}, {@code １}) or an invisible
 * character (no-break space, zero-width space, byte-order mark …) is named by its code point. Bounds:
 * at most {@link dev.nabla.symbolic.parse.Parser#MAX_LENGTH} characters; integer literals within
 * {@link dev.nabla.symbolic.expr.Rational#MAX_BITS} bits (616 digits). The parser uses explicit stacks, so
 * nesting depth is limited only by the input length; sums and products are collected and built once,
 * so every input parses in time near-linear in its length. No other exception escapes: a failure of the
 * algebra while building a node becomes a {@code ParseException} at its operator.
 */
package dev.nabla.symbolic.parse;
