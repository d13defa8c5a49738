package korrektor.document.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceRGBColor;
import org.apache.pdfbox.contentstream.operator.state.SetFlatness;
import org.apache.pdfbox.contentstream.operator.state.SetLineCapStyle;
import org.apache.pdfbox.contentstream.operator.state.SetLineDashPattern;
import org.apache.pdfbox.contentstream.operator.state.SetLineJoinStyle;
import org.apache.pdfbox.contentstream.operator.state.SetLineMiterLimit;
import org.apache.pdfbox.contentstream.operator.state.SetLineWidth;
import org.apache.pdfbox.contentstream.operator.state.SetRenderingIntent;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDInlineImage;

/**
 * The operators a text pass needs on top of its own to find figures in the same walk: path
 * construction and painting, inline images and {@code Do} (see {@link XObjectOperator}). They
 * follow PDFBox's {@code PDFGraphicsStreamEngine} operators: the same operand checks and the same
 * device-space points. {@code h} and the clip operators {@code W}/{@code W*} change nothing that
 * counts and are left out; so is {@code sh}, which only checks its operand.
 *
 * <p>The colour and line-state operators a graphics engine runs are run too (graphics state only,
 * which text extraction ignores) so that a broken colour space still marks the page's drawings as
 * not examined, as a separate graphics pass did.
 */
final class FigureOperators {

  private FigureOperators() {}

  /** Adds the figure operators to {@code engine}, feeding {@code scan}. */
  static void register(PDFStreamEngine engine, FigureScan scan) {
    engine.addOperator(
        new FigureOnly(
            "m",
            engine,
            scan,
            (op, args) -> {
              if (hasTwoNumbers(args)) {
                scan.finder().moveTo(point(engine, args, 0));
              }
            }));
    engine.addOperator(
        new FigureOnly(
            "l",
            engine,
            scan,
            (op, args) -> {
              if (hasTwoNumbers(args)) {
                scan.finder().segmentTo(point(engine, args, 0));
              }
            }));
    engine.addOperator(
        new FigureOnly(
            "c",
            engine,
            scan,
            (op, args) -> {
              if (args.size() >= 6 && allNumbers(args)) {
                scan.finder().segmentTo(point(engine, args, 4));
              }
            }));
    for (String curve : List.of("v", "y")) {
      engine.addOperator(
          new FigureOnly(
              curve,
              engine,
              scan,
              (op, args) -> {
                if (args.size() >= 4 && allNumbers(args)) {
                  scan.finder().segmentTo(point(engine, args, 2));
                }
              }));
    }
    engine.addOperator(
        new FigureOnly(
            "re",
            engine,
            scan,
            (op, args) -> {
              if (args.size() >= 4 && allNumbers(args)) {
                scan.finder().rectangle(point(engine, args, 0));
              }
            }));
    for (String paint : List.of("S", "s", "f", "F", "f*", "B", "B*", "b", "b*")) {
      engine.addOperator(new FigureOnly(paint, engine, scan, (op, args) -> scan.finder().paint()));
    }
    engine.addOperator(new FigureOnly("n", engine, scan, (op, args) -> scan.finder().endPath()));
    engine.addOperator(
        new FigureOnly("BI", engine, scan, (op, args) -> inlineImage(engine, scan, op)));
    engine.addOperator(new XObjectOperator(engine, scan));
    for (OperatorProcessor state : graphicsState(engine)) {
      engine.addOperator(new FigureOnly(state.getName(), engine, scan, state::process));
    }
  }

  /** As PDFBox's {@code BeginInlineImage}: empty images and, outside colour, unmasked ones skip. */
  private static void inlineImage(PDFStreamEngine engine, FigureScan scan, Operator op)
      throws IOException {
    byte[] data = op.getImageData();
    if (data == null || data.length == 0) {
      return;
    }
    PDImage image = new PDInlineImage(op.getImageParameters(), data, engine.getResources());
    if (image.isEmpty() || !image.isStencil() && !engine.isShouldProcessColorOperators()) {
      return;
    }
    scan.finder()
        .image(
            image,
            engine.getGraphicsState().getCurrentTransformationMatrix(),
            engine.getCurrentPage());
  }

  private static List<OperatorProcessor> graphicsState(PDFStreamEngine engine) {
    return List.of(
        new SetStrokingColorSpace(engine),
        new SetNonStrokingColorSpace(engine),
        new SetStrokingColor(engine),
        new SetNonStrokingColor(engine),
        new SetStrokingColorN(engine),
        new SetNonStrokingColorN(engine),
        new SetStrokingDeviceGrayColor(engine),
        new SetNonStrokingDeviceGrayColor(engine),
        new SetStrokingDeviceRGBColor(engine),
        new SetNonStrokingDeviceRGBColor(engine),
        new SetStrokingDeviceCMYKColor(engine),
        new SetNonStrokingDeviceCMYKColor(engine),
        new SetLineWidth(engine),
        new SetLineCapStyle(engine),
        new SetLineJoinStyle(engine),
        new SetLineMiterLimit(engine),
        new SetLineDashPattern(engine),
        new SetRenderingIntent(engine),
        new SetFlatness(engine));
  }

  /** {@code m} and {@code l}: two numbers first (more operands are not checked). */
  private static boolean hasTwoNumbers(List<COSBase> args) {
    return args.size() >= 2 && args.get(0) instanceof COSNumber && args.get(1) instanceof COSNumber;
  }

  /** The curve and rectangle operators want every operand to be a number. */
  private static boolean allNumbers(List<COSBase> args) {
    for (COSBase arg : args) {
      if (!(arg instanceof COSNumber)) {
        return false;
      }
    }
    return true;
  }

  /** The operands at {@code i} and {@code i + 1} in device space, as PDFBox's path operators do. */
  private static Point2D.Float point(PDFStreamEngine engine, List<COSBase> args, int i) {
    return engine.transformedPoint(
        ((COSNumber) args.get(i)).floatValue(), ((COSNumber) args.get(i + 1)).floatValue());
  }

  /** One operator's figure work on its operands. */
  @FunctionalInterface
  interface Body {
    void run(Operator operator, List<COSBase> operands) throws IOException;
  }

  /** A figure-only operator: runs while the scan is active, its errors stay in the scan. */
  private static final class FigureOnly extends OperatorProcessor {

    private final String name;
    private final FigureScan scan;
    private final Body body;

    FigureOnly(String name, PDFStreamEngine engine, FigureScan scan, Body body) {
      super(engine);
      this.name = name;
      this.scan = scan;
      this.body = body;
    }

    @Override
    public void process(Operator operator, List<COSBase> operands) {
      if (scan.active()) {
        scan.run(operator, () -> body.run(operator, operands));
      }
    }

    @Override
    public String getName() {
      return name;
    }
  }
}
