package dev.nabla.cli;

import dev.nabla.core.method.Method;
import dev.nabla.core.method.Methods;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.nabla.cli.SubcommandsTest.lines;
import static dev.nabla.cli.SubcommandsTest.ok;
import static dev.nabla.cli.SubcommandsTest.userError;
import static org.junit.jupiter.api.Assertions.*;

/** {@code compare}: every method of the registry against the exact gradient. */
class CompareCommandTest {

    @Test
    void everyMethodOfTheRegistryAgainstTheExactGradient() {
        String out = ok("compare", "(x^3 + 4*x)*exp(y)*sin(z)", "--at", "x=4,y=5,z=1", "--json", "--time", "5")[1];
        JsonNode json = JsonOutput.parse(out);
        assertEquals(List.of("x", "y", "z"), JsonOutput.texts(json.get("variables")));
        JsonNode exact = json.get("exact");
        double[] seed = SubcommandsTest.seedGradient(4, 5, 1);
        assertEquals(seed[0], JsonOutput.number(exact.get("x")), 1e-15 * seed[0]);
        assertEquals(seed[2], JsonOutput.number(exact.get("z")), 1e-15 * seed[2]);
        JsonNode rows = json.get("methods");
        List<String> names = new ArrayList<>();
        for (JsonNode r : rows) names.add(r.get("name").textValue());
        List<String> registry = new ArrayList<>();
        for (Method m : Methods.all()) registry.add(m.name());
        assertEquals(registry, names, "every method of the registry, in its order");
        for (JsonNode r : rows) {
            String name = r.get("name").textValue();
            assertTrue(r.get("error") == null || r.get("error").isNull(), name);
            double err = JsonOutput.number(r.get("max_relative_error"));
            long evaluations = Math.round(JsonOutput.number(r.get("evaluations")));
            double seconds = JsonOutput.number(r.get("seconds_per_gradient"));
            assertTrue(seconds > 0 && seconds < 10, name + " " + seconds);
            double x = JsonOutput.number(exact.get("x"));
            double actual = Math.abs(JsonOutput.number(r.get("gradient").get("x")) - x) / x;
            assertTrue(actual <= err, name + ": the largest error covers d/dx");
            switch (name) {
                case "forward", "reverse", "symbolic" -> {
                    assertTrue(err < 1e-15, name + " " + err);
                    assertEquals(1, evaluations, name + " evaluates the function once");
                }
                case "complex-step" -> assertTrue(err < 1e-15, name + " " + err);
                case "central" -> {
                    assertTrue(err < 1e-10 && err > 0, name + " " + err);
                    assertEquals(12, evaluations, "4 evaluations per partial");
                }
                case "richardson" -> assertTrue(err < 1e-12, name + " " + err);
                default -> assertTrue(err < 1e-6, name + " " + err);
            }
        }
    }

    @Test
    void thePlainTableHasTheExactRowThenOneRowPerMethod() {
        String[] out = lines(ok("compare", "x*sin(y)", "--at", "x=2,y=pi/2", "--methods", "reverse,central", "--time", "5")[1]);
        assertEquals("Gradient of x*sin(y) at x=2.0, y=1.5707963267948966", out[0]);
        assertTrue(out[2].matches("method +d/dx +d/dy +max rel error +evals +time/gradient"), out[2]);
        assertTrue(out[3].matches("exact +1\\.0 +(-?[0-9.e-]+|0\\.0)"), out[3]);
        assertTrue(out[4].startsWith("reverse ") && out[4].contains(" 1 "), out[4]);
        assertTrue(out[5].startsWith("central "), out[5]);
        assertEquals(6, out.length);
    }

    @Test
    void badInputIsAUserError() {
        assertTrue(userError("compare", "x", "--at", "x=1", "--methods", "reverse,guess").contains("unknown method 'guess'"));
        assertTrue(userError("compare", "x*y", "--at", "x=1").contains("'y' has no value"));
        assertTrue(userError("compare", "x").contains("--at"));
        assertTrue(userError("compare", "x", "--at", "x=one").contains("not a number"));
        assertTrue(userError("compare", "x", "--at", "x=1", "--time", "0").contains("--time must be from 1 to 10000 ms"));
    }
}
