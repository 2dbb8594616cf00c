/**
 * The parser of ordinary math input. Grammar (EBNF):
 *
 * <pre>
 * expression = term , { ( "+" | "-" ) , term } ;
 * term       = unary , { ( "*" | "/" ) , unary } ;
 * unary      = { "+" | "-" } , power ;
 * power      = primary , [ ( "^" | "**" ) , unary ] ;        (* right-associative *)
 * primary    = number | "pi" | "e" | "nan" | "inf" | identifier | call | "(" , expression , ")" ;
 * call       = function , "(" , expression , { "," , expression } , ")" ;
 * number     = ( digits , [ "." , [ digits ] ] | "." , digits ) , [ ( "e" | "E" ) , [ "+" | "-" ] , digits ] ;
 * identifier = ( letter | "_" ) , { letter | digit | "_" } ;
 * </pre>
 *
 * {@code -x^2} is {@code -(x^2)}, {@code 2^-x} is {@code 2^(-x)}, {@code a^b^c} is {@code a^(b^c)}.
 * Functions: every non-arithmetic primitive of the rule table — {@code abs, acos, acosh, asin, asinh,
 * atan, atan2, atanh, cbrt, cos, cosh, exp, expm1, heaviside, hypot, log} (natural){@code , log10,
 * log1p, max, min, sign, sin, sinh, sqrt, tan, tanh}. A number without a point or exponent is an exact
 * integer; with one it is a float. Multiplication must be written ({@code 2*x}).
 *
 * <p>Errors are {@link dev.nabla.symbolic.parse.ParseException}s naming the position with a caret
 * under the input; an unknown function lists the known ones. The parser uses explicit stacks, so
 * nesting depth is limited only by memory.
 */
package dev.nabla.symbolic.parse;
