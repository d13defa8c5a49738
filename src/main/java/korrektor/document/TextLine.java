package korrektor.document;

import java.util.List;
import java.util.Objects;

/**
 * One line of text: from a PDF page (with word geometry), a text file, or a paragraph of a word
 * processor document.
 *
 * @param text the line as plain text, words separated by single spaces
 * @param words the words with geometry (may be empty when the format has none)
 * @param location where the line is
 */
public record TextLine(String text, List<Word> words, Location location) {

  public TextLine {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(location, "location");
    words = List.copyOf(words);
  }

  public static TextLine plain(String text, Location location) {
    return new TextLine(text, List.of(), location);
  }
}
