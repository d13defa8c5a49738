package korrektor.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One line of writing (a paragraph, a table cell, a code line) as pieces. */
record Line(List<Piece> pieces) {

  Line {
    pieces = List.copyOf(pieces);
  }

  static Line of(Piece... pieces) {
    return new Line(List.of(pieces));
  }

  static Line text(String s) {
    return new Line(List.of(Piece.text(s)));
  }

  /** The line as plain characters; sub- and superscripts as {@code _2}, {@code ^{(2)}}. */
  String plain() {
    StringBuilder b = new StringBuilder();
    for (Piece p : pieces) {
      if (p instanceof Piece.Num n) {
        b.append(n.written().text());
      } else {
        Piece.Text t = (Piece.Text) p;
        b.append(
            switch (t.style()) {
              case PLAIN, BOLD -> t.text();
              case SUB -> "_" + brace(t.text());
              case SUP -> "^" + brace(t.text());
            });
      }
    }
    return b.toString();
  }

  private static String brace(String s) {
    return s.length() == 1
            || s.startsWith("(") && s.endsWith(")") && s.indexOf(')') == s.length() - 1
        ? s
        : "{" + s + "}";
  }

  /** The number when the line is one number and nothing else but blanks. */
  Optional<Piece.Num> singleNumber() {
    Piece.Num found = null;
    for (Piece p : pieces) {
      if (p instanceof Piece.Num n) {
        if (found != null) {
          return Optional.empty();
        }
        found = n;
      } else if (!((Piece.Text) p).text().isBlank()) {
        return Optional.empty();
      }
    }
    return Optional.ofNullable(found);
  }

  /** Every number on the line. */
  List<Piece.Num> numbers() {
    List<Piece.Num> out = new ArrayList<>();
    for (Piece p : pieces) {
      if (p instanceof Piece.Num n) {
        out.add(n);
      }
    }
    return out;
  }

  boolean hasStyles() {
    return pieces.stream()
        .anyMatch(p -> p instanceof Piece.Text t && t.style() != Piece.Style.PLAIN);
  }
}
