package dev.nabla.cli;

import dev.nabla.core.method.Method;
import dev.nabla.core.method.Methods;
import dev.nabla.symbolic.expr.Expr;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.nabla.cli.SubcommandsTest.lines;
import static dev.nabla.cli.SubcommandsTest.ok;
import static dev.nabla.cli.SubcommandsTest.userError;
import static org.junit.jupiter.api.Assertions.*;

/** {@code jacobian}, {@code simplify}, {@code expand} and {@code cse}. */
class JacobianAndRewriteTest {

    @Test
    void jacobianByEveryMethodInAtOrder() {
        double x = 2, y = 3;
        double[][] exact = {{y, x}, {1, Math.cos(y)}, {2 * x * Math.exp(y), x * x * Math.exp(y)}};
        for (Method m : Methods.all()) {
            String out = ok("jacobian", "x*y; x + sin(y); x^2*exp(y)", "--at", "x=2,y=3", "--method", m.name(), "--json")[1];
            JsonNode json = JsonOutput.parse(out);
            assertEquals(List.of("x", "y"), JsonOutput.texts(json.get("variables")));
            assertEquals(List.of("x*y", "x + sin(y)", "x**2*exp(y)"), JsonOutput.texts(json.get("functions")));
            JsonNode j = json.get("jacobian");
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 2; c++) assertEquals(exact[r][c], JsonOutput.number(j.get(r).get(c)), 1e-6 * Math.abs(exact[r][c]) + 1e-9, m.name());
            }
        }
        String[] plain = lines(ok("jacobian", "x*y; x - x + y", "--at", "y=3,x=2")[1]);
        assertEquals("variables: y, x", plain[0]);
        assertEquals("2.0  3.0    # d(x*y)", plain[1]);
        assertEquals("1.0  0.0    # d(y)", plain[2]);
    }

    @Test
    void jacobianNamesTheBadPiece() {
        assertTrue(userError("jacobian", "x*y;; x", "--at", "x=1,y=2").contains("expression 2 of 3 is empty"));
        String parse = userError("jacobian", "x*y; x+*2", "--at", "x=1,y=2");
        assertTrue(parse.startsWith("nabla: jacobian: expression 2 of 2: parse:"), parse);
        assertTrue(userError("jacobian", "x*y; z", "--at", "x=1,y=2").contains("'z' has no value"));
        assertTrue(userError("jacobian", "x*y", "--at", "x=1,y=2", "--method", "nope").contains("unknown method 'nope'"));
    }

    @Test
    void simplifyAndExpandPrintEachExpression() {
        assertEquals("x**2 + 1", ok("simplify", "sin(x)^2 + cos(x)^2 + x*x")[1].strip());
        assertEquals(List.of("x**3 + 3*x**2*y + 3*x*y**2 + y**3", "x**2 - 1"), List.of(lines(ok("expand", "(x+y)^3; (x-1)*(x+1)")[1])));
        assertEquals("{\"expressions\": [\"x**2 - 1\"]}", ok("expand", "(x-1)*(x+1)", "--json")[1].strip());
        assertEquals(Expr.parse("(x+y)^2").expand().toLatex(), ok("expand", "(x+y)^2", "--format", "latex")[1].strip());
        assertTrue(userError("simplify", "").contains("empty"));
    }

    @Test
    void cseHasSympysShape() {
        // SymPy 1.11: cse([sin(x)**2 + sin(x)*cos(x), exp(sin(x))*cos(x)])
        assertEquals("([(x0, sin(x)), (x1, cos(x))], [x0**2 + x0*x1, x1*exp(x0)])",
                ok("cse", "sin(x)^2 + sin(x)*cos(x); exp(sin(x))*cos(x)", "--format", "sympy")[1].strip());
        assertEquals(List.of("x0 = sin(x)", "result = x0**2 + x0"), List.of(lines(ok("cse", "sin(x)^2 + sin(x)")[1])));
        assertEquals("{\"replacements\": [[\"x0\", \"sin(x)\"]], \"reduced\": [\"x0**2 + x0\"]}",
                ok("cse", "sin(x)^2 + sin(x)", "--json")[1].strip());
        assertEquals("result = x + y", ok("cse", "x + y")[1].strip());
    }
}
