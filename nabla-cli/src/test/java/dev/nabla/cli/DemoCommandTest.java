package dev.nabla.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.*;

class DemoCommandTest {

    static String[] run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = NablaCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int status = cl.execute(args);
        return new String[] {Integer.toString(status), out.toString(), err.toString()};
    }

    @Test
    void theDemoShowsEveryMethodAgreeingWithTheClosedForm() {
        String[] r = run();
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("6494.0390917"), r[1]);
        assertTrue(r[1].contains("9990.8293718"), r[1]);
        assertTrue(r[1].contains("6415.0377667"), r[1]);
        for (var m : dev.nabla.core.method.Methods.all()) assertTrue(r[1].contains(m.name()), m.name() + " missing:\n" + r[1]);
    }

    @Test
    void theClosedFormIsTheSeedsSympyValue() {
        double[] g = DemoCommand.closedForm(4, 5, 1);
        assertEquals("6494.0391", String.format("%.4f", g[0]));
        assertEquals("9990.8294", String.format("%.4f", g[1]));
        assertEquals("6415.0378", String.format("%.4f", g[2]));
    }

    @Test
    void anUnknownSubcommandIsAUserError() {
        String[] r = run("frobnicate");
        assertEquals("2", r[0]);
        assertTrue(r[2].startsWith("nabla: unknown command 'frobnicate'"), r[2]);
    }
}
