package korrektor.document.pdf;

import java.io.IOException;
import java.util.Optional;
import java.util.zip.DataFormatException;
import org.apache.pdfbox.contentstream.operator.MissingOperandException;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.state.EmptyGraphicsStackException;
import org.apache.pdfbox.filter.MissingImageReaderException;
import org.apache.pdfbox.pdmodel.MissingResourceException;

/**
 * The figure bookkeeping of one page while the text pass walks it. Figure errors never reach the
 * text pass; they are handled the way PDFBox's own stream engine handles an operator's error, so
 * the page's figures come out as a separate walk over the page would find them:
 *
 * <ul>
 *   <li>errors PDFBox only logs (missing operands or resources, a missing image reader, an empty
 *       graphics stack, a failing {@code Do}, corrupt compressed data) are ignored;
 *   <li>any other error in a form XObject ends the figure bookkeeping for the rest of that form, as
 *       the enclosing {@code Do} would swallow it;
 *   <li>any other error on the page itself, and every runtime exception, means the page's drawings
 *       could not be examined.
 * </ul>
 */
final class FigureScan {

  private FigureFinder finder = new FigureFinder();
  private boolean failed;
  private int formDepth;

  /** Form depth from which operators are ignored after an error there, or MAX_VALUE. */
  private int skipFrom = Integer.MAX_VALUE;

  /** Starts a new page. */
  void reset() {
    finder = new FigureFinder();
    failed = false;
    formDepth = 0;
    skipFrom = Integer.MAX_VALUE;
  }

  /** Whether figure operators should run now. */
  boolean active() {
    return !failed && formDepth < skipFrom;
  }

  FigureFinder finder() {
    return finder;
  }

  /** What the page held, or empty when its drawings could not be examined. */
  Optional<FigureFinder> result() {
    return failed ? Optional.empty() : Optional.of(finder);
  }

  /** A {@code Do} starts drawing an XObject (perhaps a form with its own operators). */
  void enterXObject() {
    formDepth++;
  }

  /** The XObject of the matching {@link #enterXObject()} is done. */
  void leaveXObject() {
    formDepth--;
    if (skipFrom > formDepth) {
      skipFrom = Integer.MAX_VALUE;
    }
  }

  /** Runs one figure operator with the error handling described on the class. */
  void run(Operator operator, Step step) {
    try {
      step.run();
    } catch (IOException e) {
      if (!ignorable(operator, e)) {
        if (formDepth == 0) {
          failed = true;
        } else {
          skipFrom = Math.min(skipFrom, formDepth);
        }
      }
    } catch (RuntimeException e) {
      failed = true;
    }
  }

  /** The errors {@code PDFStreamEngine.operatorException} logs instead of rethrowing. */
  private static boolean ignorable(Operator operator, IOException e) {
    return e instanceof MissingOperandException
        || e instanceof MissingResourceException
        || e instanceof MissingImageReaderException
        || e instanceof EmptyGraphicsStackException
        || "Do".equals(operator.getName())
        || e.getCause() instanceof DataFormatException;
  }

  /** One operator's figure work. */
  @FunctionalInterface
  interface Step {
    void run() throws IOException;
  }
}
