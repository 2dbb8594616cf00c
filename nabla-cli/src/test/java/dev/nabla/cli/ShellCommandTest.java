package dev.nabla.cli;

import org.junit.jupiter.api.Test;

import static dev.nabla.cli.DemoCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code nabla shell FILE}: a file that cannot be run is a user error (status 2, one line). */
class ShellCommandTest {

    @Test
    void aMissingScriptIsAUserError() {
        String[] r = run("shell", "no-such-script.jsh");
        assertEquals("2", r[0]);
        assertEquals("", r[1]);
        assertEquals("nabla: shell: no such file 'no-such-script.jsh'\n", r[2].replace("\r\n", "\n"));
    }

    @Test
    void theHelpNamesTheImportsAndTheStatuses() {
        String[] r = run("shell", "--help");
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("Usage: nabla shell [-hV] [FILE.jsh]"), r[1]);
        assertTrue(r[1].contains("(naming its line), or n at a line '/exit n'."), r[1]);
    }
}
