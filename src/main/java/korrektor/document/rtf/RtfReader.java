package korrektor.document.rtf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import korrektor.document.Document;
import korrektor.document.DocumentReader;
import korrektor.document.Format;
import korrektor.document.Problem;
import korrektor.document.ReadFailures;
import korrektor.document.ReadLimits;

/**
 * Reads a Rich Text Format file (Word, LibreOffice, WordPad): paragraphs become lines ({@code
 * file.rtf l.7}) with equations in place, tables grids {@code Table 1}, … ({@code file.rtf!Table
 * 1!B3}), pictures, charts and drawings figures. One linear pass over the bytes ({@link
 * RtfTokenizer}, {@link RtfContent}); groups nested deeper than {@value RtfContent#MAX_DEPTH}
 * levels make the file unreadable.
 */
public final class RtfReader implements DocumentReader {

  @Override
  public Set<Format> formats() {
    return Set.of(Format.RTF);
  }

  @Override
  public Document read(Path file, String displayName, ReadLimits limits) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return Document.unreadable(displayName, Format.RTF, ReadFailures.describe(Format.RTF, e));
    }
    return parse(bytes, displayName, limits);
  }

  /** Reads RTF bytes already in memory; the core that {@link #read} delegates to. */
  public Document parse(byte[] bytes, String displayName, ReadLimits limits) {
    List<Problem> problems = new ArrayList<>();
    try {
      RtfContent.Content content = new RtfContent(displayName, limits, problems).parse(bytes);
      return new Document(
              displayName,
              Format.RTF,
              content.grids(),
              content.lines(),
              content.figures(),
              0,
              problems)
          .withMetadata(content.metadata());
    } catch (RtfContent.TooDeepException e) {
      return Document.unreadable(
          displayName, Format.RTF, ReadFailures.damaged(Format.RTF, e.getMessage()));
    }
  }
}
