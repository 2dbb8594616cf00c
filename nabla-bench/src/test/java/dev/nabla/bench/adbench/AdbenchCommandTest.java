package dev.nabla.bench.adbench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AdbenchCommandTest {

    private record Outcome(int status, String out, String err) {}

    private static JsonNode json(String text) throws IOException {
        return new ObjectMapper().readTree(text);
    }

    private static Outcome run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int status = AdbenchCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Outcome(status, out.toString(), err.toString());
    }

    @Test
    void missingFileIsStatus2WithOneMessage() {
        Outcome o = run("gmm", "no/such/file.txt", "--method", "reverse");
        assertEquals(2, o.status);
        assertTrue(o.err.startsWith("adbench: ") && o.err.contains("file.txt"), o.err);
        assertEquals(1, o.err.strip().lines().count(), o.err);
    }

    @Test
    void badMethodIsStatus2() {
        Outcome o = run("gmm", AdbenchData.file("gmm/test.txt").toString(), "--method", "tapenade");
        assertEquals(2, o.status);
        assertTrue(o.err.contains("unknown GMM method 'tapenade'"), o.err);
    }

    @Test
    void badProblemIsStatus2() {
        Outcome o = run("hand", "x.txt", "--method", "reverse");
        assertEquals(2, o.status);
        assertTrue(o.err.startsWith("adbench: "), o.err);
    }

    @Test
    void gmmJsonHasTheAgreedFields() throws IOException {
        Outcome o = run("gmm", AdbenchData.file("gmm/test.txt").toString(), "--method", "reverse", "--json", "--repeat-seconds", "0");
        assertEquals(0, o.status, o.err);
        JsonNode json = json(o.out);
        assertEquals(References.GMM_TEST_OBJECTIVE, json.get("objective").doubleValue(), 1e-10);
        assertEquals(18, json.get("gradient").size());
        assertTrue(json.get("seconds_objective").doubleValue() > 0);
        assertTrue(json.get("seconds_derivative").doubleValue() > 0);
    }

    @Test
    void baJsonHasTheJacobianInCsr() throws IOException {
        Outcome o = run("ba", AdbenchData.file("ba/test.txt").toString(), "--method", "forward", "--json", "--repeat-seconds", "0");
        assertEquals(0, o.status, o.err);
        JsonNode csr = json(o.out).get("jacobian");
        assertEquals(List.of(30.0, 62.0), List.of(csr.get("shape").get(0).doubleValue(), csr.get("shape").get(1).doubleValue()));
        assertEquals(2, csr.get("shape").size());
        assertEquals(31, csr.get("rows").size());
        assertEquals(310, csr.get("vals").size());
    }
}
