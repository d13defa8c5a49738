package korrektor.document.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import korrektor.document.Document;
import korrektor.document.DocumentReader;
import korrektor.document.Format;
import korrektor.document.Location;
import korrektor.document.Problem;
import korrektor.document.ReadFailures;
import korrektor.document.ReadLimits;
import korrektor.document.TextLine;

/** Reads a plain text file into lines located as {@code file l.N}. */
public final class PlainTextReader implements DocumentReader {

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  @Override
  public Set<Format> formats() {
    return Set.of(Format.TEXT);
  }

  @Override
  public Document read(Path file, String displayName, ReadLimits limits) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return Document.unreadable(displayName, Format.TEXT, ReadFailures.describe(Format.TEXT, e));
    }
    String content = TextDecoder.decode(bytes).text();
    List<TextLine> lines = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    int number = 0;
    for (String line : (Iterable<String>) content.lines()::iterator) {
      number++;
      if (lines.size() >= limits.maxLines()) {
        problems.add(
            Problem.warning(
                Location.ofLine(displayName, 0, number),
                "only the first " + limits.maxLines() + " lines were read; the rest is skipped"));
        break;
      }
      String text = WHITESPACE.matcher(line.strip()).replaceAll(" ");
      lines.add(TextLine.plain(text, Location.ofLine(displayName, 0, number)));
    }
    return new Document(displayName, Format.TEXT, List.of(), lines, List.of(), 0, problems);
  }
}
