package dev.nabla.cli;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.nabla.cli.DemoCommandTest.run;
import static dev.nabla.cli.SubcommandsTest.lines;
import static dev.nabla.cli.SubcommandsTest.ok;
import static dev.nabla.cli.SubcommandsTest.userError;
import static org.junit.jupiter.api.Assertions.*;

/** The findings of the first user trial: each one a command that failed before. */
class FindingsTest {

    static List<String> subcommands() {
        return List.copyOf(NablaCommand.commandLine().getSubcommands().keySet());
    }

    @Test
    void everySubcommandHasHelpAndVersion() {
        for (String sub : subcommands()) {
            if (sub.equals("help")) continue;
            String help = ok(sub, "--help")[1];
            assertTrue(help.startsWith("Usage: nabla " + sub), sub + ":\n" + help);
            assertTrue(help.contains("--version"), sub + ":\n" + help);
            assertEquals("nabla 0.1.0", ok(sub, "--version")[1].strip(), sub);
            assertEquals(help, ok(sub, "-h")[1], sub);
        }
    }

    @Test
    void anExpressionMayBeginWithAMinus() {
        assertEquals("-4.0", ok("eval", "-2^2")[1].strip());
        String[] g = lines(ok("grad", "-x^2 - -y", "--at", "x=1,y=2")[1]);
        assertEquals(List.of("f = 1.0", "df/dx = -2.0", "df/dy = 1.0"), List.of(g));
        assertEquals("d/dx = -2*x", ok("diff", "-x^2")[1].strip());
        assertEquals("-4.0", ok("eval", "--", "-2^2")[1].strip(), "the usual end of options still works");
        assertEquals("-3.0", ok("eval", "--at", "V=3", "--", "-V")[1].strip());
        String h = userError("eval", "-h*x", "--at", "h=2,x=3");
        assertTrue(h.contains("follows '--': nabla eval [options] -- EXPR"), "not help, not a cluster of -h: " + h);
        assertEquals("-6.0", ok("eval", "--at", "h=2,x=3", "--", "-h*x")[1].strip());
    }

    @Test
    void anUnknownCommandListsTheKnownOnesAndSuggests() {
        String err = userError("dif", "x^2");
        assertTrue(err.startsWith("nabla: unknown command 'dif' (known: "), err);
        for (String sub : subcommands()) assertTrue(err.contains(sub), sub + " not listed: " + err);
        assertTrue(err.contains("did you mean 'diff'?"), err);
        assertFalse(userError("zzzzzz").contains("did you mean"));
        assertTrue(userError("grda", "x", "--at", "x=1").contains("did you mean 'grad'?"));
    }

    @Test
    void aVariableSimplifiedAwayIsAcceptedWithPartialZero() {
        assertEquals(List.of("f = 2.0", "df/dx = 0.0", "df/dy = 1.0"), List.of(lines(ok("grad", "x - x + y", "--at", "x=1,y=2")[1])));
        assertEquals("2.0", ok("eval", "x - x + y", "--at", "x=1,y=2")[1].strip());
        assertTrue(ok("hessian", "x/x*y^2", "--at", "x=3,y=1", "--json")[1].contains("[[0.0, 0.0], [0.0, 2.0]]"));
        String unknown = userError("grad", "x - x + y", "--at", "x=1,y=2,w=3");
        assertTrue(unknown.contains("unknown variable 'w'") && unknown.contains("variables are x, y"), unknown);
    }

    @Test
    void constantsDifferentiateToZeroAndEvaluate() {
        assertEquals("d/dx = 0", ok("diff", "0*x")[1].strip());
        assertEquals("0", ok("diff", "2")[1].strip());
        assertEquals("d/dx = 0", ok("diff", "0*x", "--wrt", "x")[1].strip());
        assertEquals("1.0", ok("eval", "x^0", "--at", "x=0")[1].strip());
        assertEquals("2.0", ok("eval", "2")[1].strip());
        assertEquals(List.of("f = 0.0", "df/dx = 0.0"), List.of(lines(ok("grad", "0*x", "--at", "x=1")[1])));
    }
}
