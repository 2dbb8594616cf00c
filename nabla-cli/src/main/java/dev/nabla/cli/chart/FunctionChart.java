package dev.nabla.cli.chart;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.util.Arrays;
import java.util.List;

/**
 * Several functions of one variable on one chart ({@code f} and its derivatives). Non-finite values
 * leave gaps, and near a pole the vertical range is cut at the 5th and 95th percentiles of all values
 * (widened by half their spread), so one huge value does not flatten every curve.
 */
public final class FunctionChart {
    private FunctionChart() {}

    /**
     * The chart of {@code ys[k]} against {@code xs}, series {@code k} named {@code names.get(k)}.
     * {@code ys} is changed: values outside the vertical range become NaN.
     */
    public static XYChart of(String title, String xLabel, double[] xs, List<String> names, double[][] ys) {
        XYChart chart = new XYChartBuilder().width(900).height(560).title(title).xAxisTitle(xLabel).yAxisTitle("").build();
        chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideE);
        chart.getStyler().setXAxisDecimalPattern("0.###");
        chart.getStyler().setYAxisDecimalPattern("0.###");
        double[] range = range(ys);
        if (range != null) {
            chart.getStyler().setYAxisMin(range[0]);
            chart.getStyler().setYAxisMax(range[1]);
            for (double[] y : ys) for (int i = 0; i < y.length; i++) if (y[i] < range[0] || y[i] > range[1]) y[i] = Double.NaN;
        }
        for (double[] y : ys) for (int i = 0; i < y.length; i++) if (!Double.isFinite(y[i])) y[i] = Double.NaN;
        for (int k = 0; k < ys.length; k++) {
            XYSeries s = chart.addSeries(names.get(k), xs, ys[k]);
            s.setMarker(SeriesMarkers.NONE);
        }
        return chart;
    }

    /** The cut range {@code [lo, hi]}, or {@code null} when the values need none. */
    static double[] range(double[][] ys) {
        double[] all = Arrays.stream(ys).flatMapToDouble(Arrays::stream).filter(Double::isFinite).sorted().toArray();
        if (all.length < 10) return null;
        double lo = all[(int) (0.05 * (all.length - 1))], hi = all[(int) Math.ceil(0.95 * (all.length - 1))];
        double spread = Math.max(hi - lo, 1e-12 * Math.max(1, Math.abs(hi)));
        double min = lo - spread / 2, max = hi + spread / 2;
        if (all[0] >= min && all[all.length - 1] <= max) return null;
        return new double[] {min, max};
    }
}
