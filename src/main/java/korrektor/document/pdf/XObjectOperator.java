package korrektor.document.pdf;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * {@code Do} for a text pass that also finds figures: an image XObject is recorded as PDFBox's
 * graphics {@code DrawObject} would draw it; everything else (form XObjects with their text and
 * paths) goes to PDFBox's text {@code DrawObject}, the processor {@code LegacyPDFStreamEngine}
 * registers, so text extraction is unchanged.
 */
final class XObjectOperator extends OperatorProcessor {

  private final OperatorProcessor text;
  private final FigureScan scan;

  XObjectOperator(PDFStreamEngine engine, FigureScan scan) {
    super(engine);
    this.text = new DrawObject(engine);
    this.scan = scan;
  }

  @Override
  public void process(Operator operator, List<COSBase> operands) throws IOException {
    if (scan.active() && !operands.isEmpty() && operands.get(0) instanceof COSName name) {
      scan.run(operator, () -> image(name));
    }
    scan.enterXObject();
    try {
      text.process(operator, operands);
    } finally {
      scan.leaveXObject();
    }
  }

  /** Records the image XObject {@code name}, if it is one (the text processor skips images). */
  private void image(COSName name) throws IOException {
    PDFStreamEngine engine = getContext();
    PDResources resources = engine.getResources();
    if (!resources.isImageXObject(name)) {
      return;
    }
    PDXObject xobject = resources.getXObject(name);
    if (xobject instanceof PDImageXObject image
        && (image.isStencil() || engine.isShouldProcessColorOperators())) {
      scan.finder()
          .image(
              image,
              engine.getGraphicsState().getCurrentTransformationMatrix(),
              engine.getCurrentPage());
    }
  }

  @Override
  public String getName() {
    return "Do";
  }
}
