package dev.nabla.cli.chart;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.util.List;

/**
 * The error of difference schemes against the step {@code h}, log–log: the V of truncation error
 * (falling with {@code h}) against round-off error (rising as {@code h} shrinks), with the step each
 * scheme chooses marked by a point. Zero errors cannot be drawn on a log axis and are left out.
 */
public final class StepErrorChart {
    private StepErrorChart() {}

    /**
     * One scheme's curve.
     *
     * @param name        the scheme
     * @param steps       the steps {@code h}
     * @param errors      {@code |estimate - exact|} at each step
     * @param chosenStep  the step the scheme chooses by itself
     * @param chosenError the error at that step
     * @param chosenBy    what chose it, for the legend ({@code "central"}, {@code "richardson, 8 steps"})
     */
    public record Curve(String name, double[] steps, double[] errors, double chosenStep, double chosenError, String chosenBy) {}

    /** The chart of {@code curves}. */
    public static XYChart of(String title, List<Curve> curves) {
        XYChart chart = new XYChartBuilder().width(900).height(560).title(title)
                .xAxisTitle("step h").yAxisTitle("|error|").build();
        chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setXAxisDecimalPattern("0.#E0");
        chart.getStyler().setYAxisDecimalPattern("0.#E0");
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideE);
        java.awt.Color[] colors = chart.getStyler().getSeriesColors();
        for (int k = 0; k < curves.size(); k++) {
            Curve c = curves.get(k);
            double[][] xy = positive(c.steps(), c.errors());
            if (xy[0].length == 0) continue;
            XYSeries s = chart.addSeries(c.name(), xy[0], xy[1]);
            s.setMarker(SeriesMarkers.NONE);
            s.setLineColor(colors[k % colors.length]);
        }
        for (int k = 0; k < curves.size(); k++) {
            Curve c = curves.get(k);
            if (!(c.chosenError() > 0) || !(c.chosenStep() > 0) || !Double.isFinite(c.chosenError())) continue;
            XYSeries s = chart.addSeries(c.chosenBy() + ": chosen h = " + String.format("%.2g", c.chosenStep()),
                    new double[] {c.chosenStep()}, new double[] {c.chosenError()});
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            s.setMarker(SeriesMarkers.DIAMOND);
            s.setMarkerColor(colors[k % colors.length]);
        }
        return chart;
    }

    private static double[][] positive(double[] x, double[] y) {
        int n = 0;
        for (int i = 0; i < x.length; i++) if (y[i] > 0 && Double.isFinite(y[i])) n++;
        double[][] out = new double[2][n];
        for (int i = 0, k = 0; i < x.length; i++) {
            if (y[i] > 0 && Double.isFinite(y[i])) {
                out[0][k] = x[i];
                out[1][k++] = y[i];
            }
        }
        return out;
    }
}
