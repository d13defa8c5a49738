package korrektor.feedback;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import korrektor.grade.Verdict;
import korrektor.reference.ReferenceModel;
import korrektor.reference.Trace;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The charts of feedback and reports, drawn with JFreeChart in one style (DejaVu Sans, white
 * background, one colour per verdict) and returned as {@link Figure}s.
 */
public final class Charts {
  /** One colour per verdict; the HTML's CSS uses the same ones. */
  static final Map<Verdict, Color> VERDICT_COLOURS = new LinkedHashMap<>();

  static {
    VERDICT_COLOURS.put(Verdict.CORRECT, new Color(0x2e7d32));
    VERDICT_COLOURS.put(Verdict.PARTIAL, new Color(0xaed581));
    VERDICT_COLOURS.put(Verdict.FOLLOW_THROUGH, new Color(0x81c784));
    VERDICT_COLOURS.put(Verdict.ALTERNATIVE, new Color(0x00897b));
    VERDICT_COLOURS.put(Verdict.MISCONCEPTION, new Color(0xef6c00));
    VERDICT_COLOURS.put(Verdict.WRONG, new Color(0xc62828));
    VERDICT_COLOURS.put(Verdict.MISSING, new Color(0x9e9e9e));
    VERDICT_COLOURS.put(Verdict.REVIEW, new Color(0x1565c0));
  }

  private static final Color REFERENCE = new Color(0x546e7a);
  private static final Color[] SERIES = {
    new Color(0x1f77b4),
    new Color(0xff7f0e),
    new Color(0x2ca02c),
    new Color(0xd62728),
    new Color(0x9467bd),
    new Color(0x8c564b),
    new Color(0xe377c2),
    new Color(0x7f7f7f),
    new Color(0xbcbd22),
    new Color(0x17becf)
  };
  private static final int PANEL_W = 250;
  private static final int PANEL_H = 190;
  private static final int LEGEND_H = 30;

  private Charts() {}

  /**
   * The student's values per step, one small panel per quantity, each value coloured by its
   * verdict; with the reference as a grey line only when the view reveals expected values. Empty
   * when the sheet has no values parts.
   */
  public static java.util.Optional<Figure> studentValues(FeedbackView view) {
    Map<String, List<FeedbackView.PlotPoint>> byQuantity = new LinkedHashMap<>();
    view.points()
        .forEach(p -> byQuantity.computeIfAbsent(p.quantity(), k -> new ArrayList<>()).add(p));
    if (byQuantity.isEmpty()) {
      return java.util.Optional.empty();
    }
    int steps = view.points().stream().mapToInt(FeedbackView.PlotPoint::step).max().orElse(1);
    List<JFreeChart> panels = new ArrayList<>();
    Set<Verdict> shown = new LinkedHashSet<>();
    byQuantity.forEach((q, pts) -> panels.add(panel(q, pts, steps, shown)));
    int cols = Math.min(4, panels.size());
    int rows = (panels.size() + cols - 1) / cols;
    boolean reference = view.reveals();
    String title =
        reference
            ? "Your values (dots, coloured by verdict) and the reference (grey line) per step"
            : "Your values per step, coloured by verdict";
    return java.util.Optional.of(
        new Figure(
            cols * PANEL_W,
            rows * PANEL_H + LEGEND_H,
            title,
            (g, area) -> {
              for (int i = 0; i < panels.size(); i++) {
                panels
                    .get(i)
                    .draw(
                        g,
                        new Rectangle2D.Double(
                            area.getX() + (i % cols) * PANEL_W,
                            area.getY() + (i / cols) * PANEL_H,
                            PANEL_W,
                            PANEL_H));
              }
              legend(g, area.getX() + 8, area.getY() + rows * PANEL_H + 4, reference, shown);
            }));
  }

  private static JFreeChart panel(
      String quantity, List<FeedbackView.PlotPoint> pts, int steps, Set<Verdict> shown) {
    XYSeriesCollection data = new XYSeriesCollection();
    XYSeries ref = new XYSeries("reference");
    XYSeries yours = new XYSeries("yours");
    List<Verdict> verdicts = new ArrayList<>();
    for (FeedbackView.PlotPoint p : pts) {
      if (p.expected() != null) {
        ref.add(p.step(), p.expected());
      }
      if (p.found() != null) {
        yours.add(p.step(), p.found());
        verdicts.add(p.verdict());
        shown.add(p.verdict());
      }
    }
    int yoursIndex = -1;
    if (ref.getItemCount() > 0) {
      data.addSeries(ref);
    }
    if (yours.getItemCount() > 0) {
      yoursIndex = data.getSeriesCount();
      data.addSeries(yours);
    }
    final int yi = yoursIndex;
    XYLineAndShapeRenderer renderer =
        new XYLineAndShapeRenderer() {
          @Override
          public Paint getItemPaint(int series, int item) {
            return series == yi ? VERDICT_COLOURS.get(verdicts.get(item)) : REFERENCE;
          }
        };
    renderer.setAutoPopulateSeriesShape(false);
    renderer.setDefaultShape(new Ellipse2D.Double(-4, -4, 8, 8));
    for (int s = 0; s < data.getSeriesCount(); s++) {
      boolean isYours = s == yi;
      renderer.setSeriesLinesVisible(s, !isYours);
      renderer.setSeriesShapesVisible(s, isYours);
      renderer.setSeriesStroke(s, new BasicStroke(isYours ? 1f : 2f));
    }
    XYPlot plot = new XYPlot(data, stepAxis(steps), valueAxis(null), renderer);
    JFreeChart chart = new JFreeChart(quantity, Fonts.awt(true, 12), plot, false);
    style(chart);
    if (data.getSeriesCount() == 0) {
      chart.addSubtitle(new TextTitle("no value found", Fonts.awt(false, 10)));
    }
    return chart;
  }

  private static void legend(
      Graphics2D g, double x, double y, boolean reference, Set<Verdict> shown) {
    g.setFont(Fonts.awt(false, 11));
    double cx = x;
    double mid = y + 11;
    if (reference) {
      g.setColor(REFERENCE);
      g.setStroke(new BasicStroke(2f));
      g.draw(new Line2D.Double(cx, mid, cx + 22, mid));
      g.setColor(Color.DARK_GRAY);
      g.drawString("reference", (float) (cx + 27), (float) (mid + 4));
      cx += 27 + g.getFontMetrics().stringWidth("reference") + 18;
    }
    for (Verdict v : VERDICT_COLOURS.keySet()) {
      if (!shown.contains(v)) {
        continue;
      }
      g.setColor(VERDICT_COLOURS.get(v));
      g.fill(new Ellipse2D.Double(cx, mid - 5, 10, 10));
      g.setColor(Color.DARK_GRAY);
      g.drawString(v.id(), (float) (cx + 14), (float) (mid + 4));
      cx += 14 + g.getFontMetrics().stringWidth(v.id()) + 18;
    }
  }

  /**
   * A bar per score range: how many submissions scored in it (submissions with errors left out).
   */
  public static Figure scoreDistribution(List<Double> scores, double maxScore) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    double width = maxScore <= 20 ? 1 : Math.ceil(maxScore / 20);
    int bins = (int) Math.ceil(maxScore / width);
    int[] counts = new int[Math.max(1, bins)];
    for (double s : scores) {
      int b = (int) Math.floor(s / width);
      counts[Math.max(0, Math.min(counts.length - 1, b))]++;
    }
    for (int b = 0; b < counts.length; b++) {
      // each bar is labelled with where its range starts: the bar "7" counts 7 ≤ score < 8
      data.addValue(counts[b], "students", num(b * width));
    }
    CategoryAxis x = new CategoryAxis("points (each bar from its label up to the next)");
    NumberAxis y = valueAxis("students");
    y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    BarRenderer r = new BarRenderer();
    r.setBarPainter(new StandardBarPainter());
    r.setShadowVisible(false);
    r.setSeriesPaint(0, new Color(0x1565c0));
    r.setItemMargin(0);
    CategoryPlot plot = new CategoryPlot(data, x, y, r);
    JFreeChart chart = new JFreeChart(null, Fonts.awt(true, 12), plot, false);
    style(chart);
    x.setTickLabelFont(Fonts.awt(false, counts.length > 12 ? 8 : 10));
    return new Figure(
        760, 300, "Score distribution: number of submissions per points range", chart::draw);
  }

  /**
   * A horizontal bar per item, split into the share of each verdict group.
   *
   * @param shares item → group name → share in percent, in display order
   * @param colours group name → colour
   */
  public static Figure itemShares(
      Map<String, Map<String, Double>> shares, Map<String, Color> colours) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    shares.forEach(
        (item, groups) ->
            colours.keySet().forEach(g -> data.addValue(groups.getOrDefault(g, 0.0), g, item)));
    CategoryAxis x = new CategoryAxis(null);
    x.setCategoryMargin(0.15);
    NumberAxis y = valueAxis("share of graded submissions (%)");
    y.setRange(0, 100);
    StackedBarRenderer r = new StackedBarRenderer();
    r.setBarPainter(new StandardBarPainter());
    r.setShadowVisible(false);
    int s = 0;
    for (Color c : colours.values()) {
      r.setSeriesPaint(s++, c);
    }
    CategoryPlot plot = new CategoryPlot(data, x, y, r);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    JFreeChart chart = new JFreeChart(null, Fonts.awt(true, 12), plot, true);
    style(chart);
    x.setTickLabelFont(Fonts.awt(false, 10));
    chart.getLegend().setPosition(RectangleEdge.TOP);
    return new Figure(
        760, 90 + 17 * Math.max(1, shares.size()), "Share of each verdict per item", chart::draw);
  }

  /** Each quantity of the reference model over t, one line per quantity (and component). */
  public static Figure reference(ReferenceModel model, Trace trace, String title) {
    XYSeriesCollection data = new XYSeriesCollection();
    for (String q : model.quantities()) {
      int dim = model.dimension(q);
      for (int c = 0; c < dim; c++) {
        XYSeries s = new XYSeries(dim > 1 ? q + "[" + (c + 1) + "]" : q);
        for (int t = 1; t <= model.steps(); t++) {
          s.add(t, trace.value(q, t)[c]);
        }
        data.addSeries(s);
      }
    }
    XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
    for (int s = 0; s < data.getSeriesCount(); s++) {
      r.setSeriesPaint(s, SERIES[s % SERIES.length]);
      r.setSeriesStroke(s, new BasicStroke(2f));
    }
    XYPlot plot = new XYPlot(data, stepAxis(model.steps()), valueAxis("value"), r);
    JFreeChart chart = new JFreeChart(title, Fonts.awt(true, 14), plot, true);
    style(chart);
    chart.getLegend().setPosition(RectangleEdge.RIGHT);
    return new Figure(800, 480, title + ": each quantity over t", chart::draw);
  }

  private static NumberAxis stepAxis(int steps) {
    NumberAxis x = new NumberAxis("t");
    x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    x.setRange(0.7, steps + 0.3);
    return x;
  }

  private static NumberAxis valueAxis(String label) {
    NumberAxis y = new NumberAxis(label);
    y.setAutoRangeIncludesZero(false);
    return y;
  }

  private static void style(JFreeChart chart) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    chart.setPadding(new org.jfree.chart.ui.RectangleInsets(4, 4, 4, 8));
    Font tick = Fonts.awt(false, 10);
    Font label = Fonts.awt(false, 11);
    if (chart.getPlot() instanceof XYPlot p) {
      styleAxis(p.getDomainAxis(), tick, label);
      styleAxis(p.getRangeAxis(), tick, label);
      p.setBackgroundPaint(Color.WHITE);
      p.setDomainGridlinePaint(new Color(0xe0e0e0));
      p.setRangeGridlinePaint(new Color(0xe0e0e0));
      p.setOutlinePaint(new Color(0xbdbdbd));
    } else if (chart.getPlot() instanceof CategoryPlot p) {
      p.getDomainAxis().setTickLabelFont(tick);
      p.getDomainAxis().setLabelFont(label);
      styleAxis(p.getRangeAxis(), tick, label);
      p.setBackgroundPaint(Color.WHITE);
      p.setRangeGridlinePaint(new Color(0xe0e0e0));
      p.setOutlinePaint(new Color(0xbdbdbd));
    }
    LegendTitle legend = chart.getLegend();
    if (legend != null) {
      legend.setItemFont(label);
      legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
    }
  }

  private static void styleAxis(ValueAxis a, Font tick, Font label) {
    a.setTickLabelFont(tick);
    a.setLabelFont(label);
  }

  private static String num(double v) {
    return FeedbackView.num(v);
  }
}
