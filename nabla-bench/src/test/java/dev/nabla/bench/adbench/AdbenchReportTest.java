package dev.nabla.bench.adbench;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AdbenchReportTest {

    @Test
    void readsAResultObject() {
        assertEquals(0.25, AdbenchReport.result("gmm__test__nabla__reverse.json", "{\"cpu_seconds_derivative\": 0.25}")
                .get("cpu_seconds_derivative").doubleValue());
    }

    @Test
    void malformedResultNamesTheFileLineAndColumn() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AdbenchReport.result("gmm__test__nabla__reverse.json", "{\"a\": 1,\n \"b\" 2}"));
        assertTrue(e.getMessage().startsWith("gmm__test__nabla__reverse.json: malformed JSON at line 2, column 6"), e.getMessage());
    }

    @Test
    void trailingContentIsMalformed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AdbenchReport.result("x.json", "{\"a\": 1} 2"));
        assertTrue(e.getMessage().startsWith("x.json: malformed JSON at line 1"), e.getMessage());
    }

    @Test
    void resultThatIsNotAnObjectIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AdbenchReport.result("x.json", "[1, 2]"));
        assertEquals("x.json: not a JSON object", e.getMessage());
    }
}
