package dev.nabla.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static dev.nabla.cli.SubcommandsTest.lines;
import static dev.nabla.cli.SubcommandsTest.ok;
import static dev.nabla.cli.SubcommandsTest.userError;
import static org.junit.jupiter.api.Assertions.*;

/** {@code plot} and {@code steps}: the pictures, their data, and their mistakes. */
class PlotAndStepsTest {

    static boolean isPng(Path p) throws Exception {
        byte[] b = Files.readAllBytes(p);
        return b.length > 1000 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
    }

    @Test
    void plotWritesPngAndSvg(@TempDir Path tmp) throws Exception {
        Path png = tmp.resolve("f.png");
        assertEquals("wrote " + png + " (f, df/dx, d^2f/dx^2 on [-pi, pi])", ok("plot", "x^2*sin(x)", "--from", "-pi", "--to", "pi", "-o", png.toString())[1].strip());
        assertTrue(isPng(png));
        Path svg = tmp.resolve("g.svg");
        ok("plot", "x*y^2", "--wrt", "x", "--at", "y=2", "--order", "1", "-o", svg.toString());
        String text = Files.readString(svg);
        assertTrue(text.contains("<svg") && text.strip().endsWith("</svg>"), "a whole SVG document");
        ok("plot", "tan(x)", "--from", "-3", "--to", "3", "--order", "0", "-o", tmp.resolve("tan.png").toString());
        assertTrue(isPng(tmp.resolve("tan.png")), "poles leave gaps, nothing fails");
        assertEquals(3, Files.list(tmp).count(), "no temporary files left");
    }

    @Test
    void plotRejectsBadRequests(@TempDir Path tmp) {
        String out = tmp.resolve("p.png").toString();
        assertTrue(userError("plot", "x", "-o", tmp.resolve("p.pdf").toString()).contains("-o must end in .png or .svg"));
        assertTrue(userError("plot", "x", "--from", "2", "--to", "1", "-o", out).contains("--from must be below --to"));
        assertTrue(userError("plot", "x", "--from", "abc", "-o", out).contains("--from is not a number"));
        assertTrue(userError("plot", "x*y", "-o", out).contains("name the variable with --wrt"));
        assertTrue(userError("plot", "x*y", "--wrt", "x", "-o", out).contains("'y' has no value"));
        assertTrue(userError("plot", "x", "--order", "9", "-o", out).contains("--order must be from 0 to 4"));
        assertTrue(userError("plot", "x", "--points", "1", "-o", out).contains("--points"));
        assertTrue(userError("plot", "x", "-o", tmp.resolve("no/such/dir/p.png").toString()).contains("does not exist"));
        assertFalse(Files.exists(Path.of(out)));
    }

    @Test
    void stepsShowsTheVOfTruncationAgainstRoundOff() {
        JsonNode json = JsonOutput.parse(ok("steps", "exp(x)*sin(x)", "--at", "x=1", "--json")[1]);
        double exact = Math.exp(1) * (Math.sin(1) + Math.cos(1));
        assertEquals(exact, JsonOutput.number(json.get("exact")), 1e-15);
        double[] steps = JsonOutput.values(json.get("steps")).mapToDouble(JsonOutput::number).toArray();
        assertEquals(1e-16, steps[0], 1e-30);
        assertEquals(1.0, steps[steps.length - 1], 1e-15);
        JsonNode schemes = json.get("schemes");
        assertEquals(List.of("forward", "central", "richardson (h, h/2)"), JsonOutput.values(schemes).map(s -> s.get("name").textValue()).toList());
        double[] bestExpected = {1e-7, 1e-10, 1e-12};
        for (int k = 0; k < 3; k++) {
            double[] errors = JsonOutput.values(schemes.get(k).get("errors")).mapToDouble(JsonOutput::number).toArray();
            double best = Arrays.stream(errors).min().orElseThrow();
            assertTrue(best < bestExpected[k], schemes.get(k).get("name").textValue() + " best " + best);
            assertTrue(errors[0] > 1e3 * best, "round-off dominates at h = 1e-16");
            assertTrue(errors[errors.length - 1] > 1e3 * best, "truncation dominates at h = 1");
        }
        double forwardStep = JsonOutput.number(schemes.get(0).get("chosen_step"));
        assertTrue(forwardStep > 1e-9 && forwardStep < 1e-7, "about sqrt(eps): " + forwardStep);
        assertTrue(JsonOutput.number(schemes.get(1).get("chosen_error")) < 1e-9);
    }

    @Test
    void stepsDrawsAndSummarises(@TempDir Path tmp) throws Exception {
        Path png = tmp.resolve("s.png");
        String[] out = lines(ok("steps", "x^3*y", "--at", "x=2,y=3", "--wrt", "x", "-o", png.toString())[1]);
        assertEquals("d/dx = 36.0 (exact)", out[0]);
        assertTrue(out[1].startsWith("scheme"), out[1]);
        assertTrue(out[2].startsWith("forward") && out[3].startsWith("central") && out[4].startsWith("richardson"));
        assertEquals("wrote " + png, out[5]);
        assertTrue(isPng(png));
        assertTrue(userError("steps", "x*y", "--at", "x=1,y=2", "-o", png.toString()).contains("--wrt"));
        assertTrue(userError("steps", "log(x)", "--at", "x=-1", "--json").contains("log(x) is not finite at the point"));
        assertTrue(userError("steps", "x", "--at", "x=1", "-o", tmp.resolve("s.gif").toString()).contains(".png or .svg"));
    }
}
