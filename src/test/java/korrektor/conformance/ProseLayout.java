package korrektor.conformance;

import java.util.ArrayList;
import java.util.List;

/**
 * Answers in sentences (reading-cases §3), English or German: "in the first step the hidden state
 * becomes 0.2610", "Der Zellzustand beträgt nach dem zweiten Schritt 0,633".
 */
final class ProseLayout implements Layout {
  private static final String[] EN = {
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth"
  };
  private static final String[] DE = {
    "ersten",
    "zweiten",
    "dritten",
    "vierten",
    "fünften",
    "sechsten",
    "siebten",
    "achten",
    "neunten",
    "zehnten",
    "elften",
    "zwölften"
  };

  @Override
  public String id() {
    return "prose";
  }

  @Override
  public boolean supports(OutFormat f) {
    return !f.grid();
  }

  @Override
  public List<Block> render(Pen pen) {
    List<Block> out = new ArrayList<>();
    for (int step : pen.steps()) {
      List<Piece> p = new ArrayList<>();
      String when = when(pen, step);
      boolean first = true;
      for (String q : pen.quantities()) {
        List<Slot> slots = pen.slots(q, step);
        List<Slot> written = slots.stream().filter(pen::writes).toList();
        if (written.isEmpty()) {
          continue;
        }
        String name = name(pen, q);
        String verb =
            pen.german
                ? pen.pick("beträgt", "ist", "liegt bei")
                : pen.pick("is", "becomes", "comes out as");
        if (first && pen.german && pen.chance(0.5)) {
          p.add(Piece.text(capital(name) + " " + verb + " " + when + " "));
        } else if (first && pen.german) {
          p.add(Piece.text(capital(when) + " " + verb + " " + name + " "));
        } else if (first) {
          p.add(Piece.text(capital(when) + " the " + name + " " + verb + " "));
        } else {
          p.add(
              Piece.text(
                  pen.pick(", ", "; ", pen.say(" and ", " und "))
                      + pen.say("the ", "")
                      + name
                      + " "
                      + verb
                      + " "));
        }
        first = false;
        if (written.size() == 1) {
          p.add(pen.num(written.get(0)));
        } else if (written.size() == slots.size()) {
          p.addAll(TableLayouts.vectorCell(pen, q, step, false).pieces());
        } else {
          p.add(pen.num(written.get(0)));
        }
      }
      if (!first) {
        p.add(Piece.text("."));
        out.add(new Block.Para(new Line(p)));
      }
    }
    return out;
  }

  private static String when(Pen pen, int step) {
    int i = step - 1;
    boolean ordinal = i < EN.length && pen.chance(0.6);
    if (pen.german) {
      return ordinal
          ? pen.pick("nach dem " + DE[i] + " Schritt", "im " + DE[i] + " Zeitschritt")
          : pen.pick("bei t = " + step, "im Zeitschritt " + step, "für t=" + step);
    }
    return ordinal
        ? pen.pick(
            "in the " + EN[i] + " step",
            "after the " + EN[i] + " step",
            "at the " + EN[i] + " time step")
        : pen.pick("at t = " + step, "in step " + step, "for t=" + step);
  }

  /** The quantity as prose names it: its description, with the symbol where there is one. */
  private static String name(Pen pen, String q) {
    Notation.Name n = pen.notation.name(q);
    String word = n.word() != null && pen.mode == LabelMode.WORD ? n.word() : n.description();
    if (pen.german) {
      word = articleDe(word);
    }
    return n.hasSymbol() && pen.chance(0.6) ? word + " " + n.symbol() : word;
  }

  private static String articleDe(String word) {
    String lower = word.toLowerCase(java.util.Locale.ROOT);
    if (lower.contains("zustand")) {
      return "der " + word;
    }
    if (lower.equals("kandidat")) {
      return "der Kandidat";
    }
    if (lower.contains("gate") || lower.contains("ausgabe") || lower.contains("netzeingabe")) {
      return (lower.contains("gate") ? "das " : "die ") + word;
    }
    return word;
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
