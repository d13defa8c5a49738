package korrektor.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import korrektor.document.read.DocumentReaders;

/**
 * The list-numbering fixtures in {@code src/test/resources/korrektor/document/lists} (see the
 * README there: python-docx, LibreOffice and hand-written HTML), read as the readers' tests read
 * them.
 */
public final class ListFixtures {
  private ListFixtures() {}

  /** Copies a fixture into {@code dir} and reads it with the standard readers. */
  public static Document read(Path dir, String name) throws IOException {
    Path file = dir.resolve(name);
    try (InputStream in =
        ListFixtures.class.getResourceAsStream("/korrektor/document/lists/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no list fixture " + name);
      }
      Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    return DocumentReaders.standard().read(file, name, ReadLimits.DEFAULT);
  }

  /** The text of a document's lines. */
  public static List<String> lines(Document d) {
    return d.lines().stream().map(TextLine::text).toList();
  }
}
