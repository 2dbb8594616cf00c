package dev.nabla.bench.adbench;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AdbenchCommandTest {

    private record Outcome(int status, String out, String err) {}

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
    @SuppressWarnings("unchecked")
    void gmmJsonHasTheAgreedFields() {
        Outcome o = run("gmm", AdbenchData.file("gmm/test.txt").toString(), "--method", "reverse", "--json", "--repeat-seconds", "0");
        assertEquals(0, o.status, o.err);
        Map<String, Object> json = (Map<String, Object>) JsonReader.parse(o.out.trim());
        assertEquals(References.GMM_TEST_OBJECTIVE, (Double) json.get("objective"), 1e-10);
        assertEquals(18, ((List<Object>) json.get("gradient")).size());
        assertTrue((Double) json.get("seconds_objective") > 0);
        assertTrue((Double) json.get("seconds_derivative") > 0);
    }

    @Test
    @SuppressWarnings("unchecked")
    void baJsonHasTheJacobianInCsr() {
        Outcome o = run("ba", AdbenchData.file("ba/test.txt").toString(), "--method", "forward", "--json", "--repeat-seconds", "0");
        assertEquals(0, o.status, o.err);
        Map<String, Object> json = (Map<String, Object>) JsonReader.parse(o.out.trim());
        Map<String, Object> csr = (Map<String, Object>) json.get("jacobian");
        assertEquals(List.of(30.0, 62.0), csr.get("shape"));
        assertEquals(31, ((List<Object>) csr.get("rows")).size());
        assertEquals(310, ((List<Object>) csr.get("vals")).size());
    }
}
