package dev.nabla.bench.adbench;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads the results of many {@code adbench} runs (Nabla's and the peers', one JSON file each, named
 * {@code PROBLEM__FILE__TOOL__METHOD.json}; a failed run leaves {@code ….err} with its message instead),
 * checks that every method agrees with the others and with PyTorch, and writes the Markdown tables and a JSON
 * summary. Reference per problem: Nabla's {@code reverse} gradient (GMM) or {@code forward} Jacobian (BA);
 * exact methods and PyTorch must agree to {@code 1e-9} relative (‖a − b‖∞ ≤ 1e-9 ‖b‖∞), difference quotients
 * to their own tolerance. A run that disagrees or fails its own check is shown as failed, without times, and the
 * exit status is 1; a method that does not apply (refused with status 2, or over the run's time limit) is shown
 * with its reason and does not fail the report. A result file that is not a JSON object with the derivative's
 * values is bad input: one message naming the file (and, for malformed JSON, the line and column), exit status 2.
 *
 * <pre>{@code java … AdbenchReport RAW_DIR OUT.md OUT.json}</pre>
 */
public final class AdbenchReport {
    private AdbenchReport() {}

    private static final ObjectMapper JSON = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    /** One run: where it came from and what it printed (or why it failed). */
    private record Run(String problem, String file, String tool, String method, JsonNode json, String failure) {
        double seconds(String key) {
            JsonNode v = json == null ? null : json.get(key);
            return v != null && v.isNumber() ? v.doubleValue() : Double.NaN;
        }

        String fileName() {
            return String.join("__", problem, file, tool, method) + ".json";
        }

        String label() {
            return tool.equals("nabla") ? method : tool + " " + method;
        }
    }

    /** Runs the report; exit status 1 if a run failed or disagreed. */
    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: AdbenchReport RAW_DIR OUT.md OUT.json");
            System.exit(2);
        }
        StringBuilder md = new StringBuilder();
        StringBuilder json = new StringBuilder("[");
        boolean ok;
        try {
            ok = report(read(Path.of(args[0])), md, json);
            Files.writeString(Path.of(args[1]), md.toString(), StandardCharsets.UTF_8);
            Files.writeString(Path.of(args[2]), json.toString(), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            System.err.println("AdbenchReport: " + e.getMessage());
            System.exit(2);
            return;
        } catch (IOException e) {
            System.err.println("AdbenchReport: cannot " + (e instanceof java.nio.file.NoSuchFileException ? "find " : "read or write ")
                    + e.getMessage());
            System.exit(2);
            return;
        }
        System.out.print(md);
        if (!ok) System.exit(1);
    }

    /** Appends the tables of {@code runs} to {@code md} and their summary to {@code json}; whether every run passed. */
    private static boolean report(List<Run> runs, StringBuilder md, StringBuilder json) {
        boolean ok = true;
        Map<String, List<Run>> groups = new TreeMap<>();
        for (Run r : runs) groups.computeIfAbsent(r.problem + "|" + r.file, k -> new ArrayList<>()).add(r);
        String lastProblem = "";
        for (Map.Entry<String, List<Run>> group : groups.entrySet()) {
            List<Run> g = group.getValue();
            String problem = g.get(0).problem;
            if (!problem.equals(lastProblem)) {
                md.append(problem.equals("gmm") ? GMM_HEADER : BA_HEADER);
                lastProblem = problem;
            }
            ok &= table(g, md, json);
        }
        if (json.length() > 1) json.setLength(json.length() - 2);
        json.append("]\n");
        return ok;
    }

    private static final String COLUMNS = " ÷ hand-written objective | ÷ own objective | ÷ PyTorch | %s ms (CPU) | %s ms (wall) | objective ms (CPU) | check |\n"
            + "|---|---|---:|---:|---:|---:|---:|---:|---|\n";
    private static final String GMM_HEADER = "\n### GMM gradient (ratios in thread CPU time)\n\n| file | method |"
            + String.format(Locale.ROOT, COLUMNS, "gradient", "gradient");
    private static final String BA_HEADER = "\n### BA Jacobian (ratios in thread CPU time)\n\n| file | method |"
            + String.format(Locale.ROOT, COLUMNS, "Jacobian", "Jacobian");

    private static boolean table(List<Run> g, StringBuilder md, StringBuilder json) {
        g.sort(Comparator.comparing((Run r) -> !r.tool.equals("nabla")).thenComparing(r -> order(r.method)));
        String problem = g.get(0).problem;
        Run reference = find(g, "nabla", problem.equals("gmm") ? "reverse" : "forward");
        Run torch = g.stream().filter(r -> r.tool.equals("pytorch") && r.failure == null).findFirst().orElse(null);
        double[] referenceValues = reference == null || reference.failure != null ? null : values(reference);
        double plain = Double.NaN;
        for (Run r : g) if (r.tool.equals("nabla") && r.failure == null) plain = r.seconds("cpu_seconds_plain");
        boolean ok = true;
        for (Run r : g) {
            String failure = r.failure;
            double error = Double.NaN;
            if (failure == null && referenceValues != null && r != reference) {
                double[] v = values(r);
                boolean difference = r.method.equals("central") || r.method.equals("forward-difference");
                double tolerance = difference ? (problem.equals("gmm") ? GmmRun.DIFFERENCE_TOLERANCE : BaRun.DIFFERENCE_TOLERANCE)
                        : 1e-9;
                error = v.length == referenceValues.length ? Agreement.relativeError(v, referenceValues) : Double.POSITIVE_INFINITY;
                if (!(error <= tolerance)) {
                    failure = String.format(Locale.ROOT, "disagrees with Nabla %s: relative error %.2g > %.0e",
                            reference.method, error, tolerance);
                }
            }
            if (failure != null && !unavailable(failure)) ok = false;
            double derivative = r.seconds("cpu_seconds_derivative");
            double objective = r.seconds("cpu_seconds_objective");
            double torchDerivative = torch == null ? Double.NaN : torch.seconds("cpu_seconds_derivative");
            if (failure != null) {
                md.append(String.format(Locale.ROOT, "| %s | %s | — | — | — | — | — | — | %s |%n", r.file, r.label(),
                        failure.replace('|', '/')));
            } else {
                String agreement = r == reference ? "reference" : String.format(Locale.ROOT, "agrees with %s (%.1e)", reference == null ? "?" : reference.method, error);
                md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s | %s; %s |%n", r.file, r.label(),
                        ratio(derivative / plain), ratio(derivative / objective), ratio(derivative / torchDerivative),
                        ms(derivative), ms(r.seconds("seconds_derivative")), ms(objective), r.json.path("check").asText(), agreement));
            }
            json.append(String.format(Locale.ROOT,
                    "{\"problem\": \"%s\", \"file\": \"%s\", \"tool\": \"%s\", \"method\": \"%s\", \"ok\": %s, \"failure\": %s, "
                            + "\"relative_error\": %s, \"cpu_seconds_plain\": %s, \"cpu_seconds_objective\": %s, "
                            + "\"cpu_seconds_derivative\": %s, \"seconds_objective\": %s, \"seconds_derivative\": %s},\n",
                    r.problem, r.file, r.tool, r.method, failure == null, failure == null ? "null" : quote(failure),
                    number(error), number(r.tool.equals("nabla") ? r.seconds("cpu_seconds_plain") : Double.NaN),
                    number(objective), number(derivative), number(r.seconds("seconds_objective")),
                    number(r.seconds("seconds_derivative"))));
        }
        return ok;
    }

    /**
     * Whether a run's failure says the method does not apply rather than that it is wrong: over the run's
     * time limit, or refused with status 2 (e.g. a graph too large to compile). A failed check (status 1)
     * or a disagreement is not.
     */
    static boolean unavailable(String failure) {
        return failure.startsWith("not run to the end") || failure.startsWith("exit status 2:");
    }

    private static int order(String method) {
        List<String> order = List.of("compiled", "reverse", "tensor", "forward", "forward-difference", "central", "hipparchus",
                "autograd", "jacobian-vectorized");
        int i = order.indexOf(method);
        return i < 0 ? order.size() : i;
    }

    private static Run find(List<Run> g, String tool, String method) {
        for (Run r : g) if (r.tool.equals(tool) && r.method.equals(method)) return r;
        return null;
    }

    private static double[] values(Run r) {
        JsonNode v = r.json.has("gradient") ? r.json.get("gradient") : r.json.path("jacobian").path("vals");
        if (!v.isArray()) throw new IllegalArgumentException(r.fileName() + ": no \"gradient\" or \"jacobian\".\"vals\" array");
        double[] out = new double[v.size()];
        for (int i = 0; i < out.length; i++) {
            if (!v.get(i).isNumber()) throw new IllegalArgumentException(r.fileName() + ": value " + i + " is not a number");
            out[i] = v.get(i).doubleValue();
        }
        return out;
    }

    private static List<Run> read(Path dir) throws IOException {
        List<Run> runs = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files.sorted()::iterator) {
                String name = f.getFileName().toString();
                boolean isJson = name.endsWith(".json"), isErr = name.endsWith(".err");
                if (!isJson && !isErr) continue;
                String[] parts = name.substring(0, name.lastIndexOf('.')).split("__");
                if (parts.length != 4) continue;
                if (isErr) {
                    String message = Files.readString(f, StandardCharsets.UTF_8).trim().replace('\n', ' ');
                    runs.add(new Run(parts[0], parts[1], parts[2], parts[3], null, message.isEmpty() ? "failed" : message));
                } else {
                    String text = Files.readString(f, StandardCharsets.UTF_8).trim();
                    if (text.isEmpty()) continue;
                    runs.add(new Run(parts[0], parts[1], parts[2], parts[3], result(name, text), null));
                }
            }
        }
        return runs;
    }

    /**
     * The result file {@code name} with content {@code text}; an {@link IllegalArgumentException} naming the file,
     * and for malformed JSON the line and column, if it is not one JSON object.
     */
    static JsonNode result(String name, String text) {
        JsonNode json;
        try {
            json = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : String.format(Locale.ROOT, " at line %d, column %d", at.getLineNr(), at.getColumnNr());
            throw new IllegalArgumentException(name + ": malformed JSON" + where + ": " + e.getOriginalMessage(), e);
        }
        if (!json.isObject()) throw new IllegalArgumentException(name + ": not a JSON object");
        return json;
    }

    private static String ratio(double r) {
        return Double.isFinite(r) ? String.format(Locale.ROOT, "%.2f", r) : "—";
    }

    private static String ms(double seconds) {
        if (!Double.isFinite(seconds)) return "—";
        double ms = seconds * 1e3;
        return ms >= 100 ? String.format(Locale.ROOT, "%.0f", ms) : ms >= 1 ? String.format(Locale.ROOT, "%.2f", ms)
                : String.format(Locale.ROOT, "%.4f", ms);
    }

    private static String number(double v) {
        return Double.isFinite(v) ? Double.toString(v) : "null";
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
