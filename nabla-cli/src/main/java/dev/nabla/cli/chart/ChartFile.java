package dev.nabla.cli.chart;

import dev.nabla.cli.output.OutputFile;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

import java.nio.file.Path;

/** A chart written to a {@code .png} or {@code .svg} file, atomically (nothing half-written on an error). */
public final class ChartFile {
    private ChartFile() {}

    /**
     * Checks that {@code target} ends in {@code .png} or {@code .svg}.
     *
     * @throws IllegalArgumentException naming the command and the file otherwise
     */
    public static void checkExtension(String command, Path target) {
        String ext = OutputFile.extension(target);
        if (!ext.equals("png") && !ext.equals("svg")) {
            throw new IllegalArgumentException(command + ": -o must end in .png or .svg, got '" + target + "'");
        }
    }

    /** Writes {@code chart} to {@code target} as PNG or SVG, by its extension. */
    public static void write(Chart<?, ?> chart, Path target) {
        System.setProperty("java.awt.headless", "true");
        boolean svg = OutputFile.extension(target).equals("svg");
        try {
            OutputFile.write(target, out -> {
                if (svg) VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
                else BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
            });
        } catch (java.awt.AWTError | InternalError e) {
            throw new IllegalStateException("cannot draw the chart: the Java runtime has no working fonts or graphics (" + e.getMessage() + ")", e);
        }
    }
}
