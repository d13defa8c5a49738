package korrektor.conformance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The notation families of reading-cases §1 for LSTMs and vanilla RNNs, each resolved per document
 * with a random choice among its spellings ({@code s̃}, {@code ŝ} or {@code cand}).
 */
final class Notations {

  static final List<String> LSTM = List.of("sheet", "a-o", "c-y", "olah", "words-en", "words-de");
  static final List<String> RNN = List.of("goodfellow", "net", "z", "words-en", "words-de");

  private Notations() {}

  /** The family ids for a rubric's model. */
  static List<String> families(RubricCase c) {
    return c.isLstm() ? LSTM : RNN;
  }

  /** A notation of the given family, its spellings picked with {@code rnd}. */
  static Notation resolve(String family, RubricCase c, boolean german, Random rnd) {
    return c.isLstm() ? lstm(family, german, rnd) : rnn(family, german, rnd);
  }

  private static Notation lstm(String family, boolean german, Random rnd) {
    Map<String, Notation.Name> m = new LinkedHashMap<>();
    String[] desc =
        german
            ? new String[] {
              "Eingangsgate",
              "Vergessensgate",
              "Ausgangsgate",
              "Kandidat",
              "Zellzustand",
              "versteckter Zustand",
              "Ausgabe"
            }
            : new String[] {
              "input gate",
              "forget gate",
              "output gate",
              "candidate",
              "cell state",
              "hidden state",
              "output"
            };
    switch (family) {
      case "sheet" -> {
        String[][] cand = {{"s̃", "\\tilde{s}"}, {"ŝ", "\\hat{s}"}, {"cand", "\\text{cand}"}};
        String[][] out = {{"output", "\\text{output}"}, {"y", "y"}, {"ŷ", "\\hat{y}"}};
        String[] c = cand[rnd.nextInt(cand.length)];
        String[] o = out[rnd.nextInt(out.length)];
        sym(
            m,
            desc,
            new String[][] {{"g", "g"}, {"f", "f"}, {"q", "q"}, c, {"s", "s"}, {"h", "h"}, o},
            lstmWords(german));
        return new Notation(family, m, false);
      }
      case "a-o" -> {
        sym(
            m,
            desc,
            new String[][] {
              {"g", "g"}, {"f", "f"}, {"q", "q"}, {"a", "a"}, {"s", "s"}, {"h", "h"}, {"o", "o"}
            },
            lstmWords(german));
        return new Notation(family, m, true);
      }
      case "c-y" -> {
        sym(
            m,
            desc,
            new String[][] {
              {"g", "g"}, {"f", "f"}, {"q", "q"}, {"c", "c"}, {"s", "s"}, {"h", "h"}, {"y", "y"}
            },
            lstmWords(german));
        return new Notation(family, m, true);
      }
      case "olah" -> {
        boolean upper = rnd.nextBoolean();
        String[] cand =
            upper ? new String[] {"C̃", "\\tilde{C}"} : new String[] {"c~", "\\tilde{c}"};
        String[] state = upper ? new String[] {"C", "C"} : new String[] {"c", "c"};
        sym(
            m,
            desc,
            new String[][] {
              {"i", "i"}, {"f", "f"}, {"o", "o"}, cand, state, {"h", "h"}, {"y", "y"}
            },
            lstmWords(german));
        return new Notation(family, m, true);
      }
      case "words-en" -> {
        String[] w = {
          "input gate",
          "forget gate",
          "output gate",
          rnd.nextBoolean() ? "candidate" : "cell input",
          "cell state",
          "hidden state",
          "output"
        };
        words(m, w, desc, rnd.nextInt(3) == 0);
        return new Notation(family, m, false);
      }
      case "words-de" -> {
        String[] w = {
          rnd.nextBoolean() ? "Eingangsgate" : "Input-Gate",
          "Vergessensgate",
          "Ausgangsgate",
          "Kandidat",
          "Zellzustand",
          rnd.nextBoolean() ? "versteckter Zustand" : "Hidden State",
          "Ausgabe"
        };
        words(m, w, desc, false);
        return new Notation(family, m, false);
      }
      default ->
          throw new IllegalArgumentException(
              "unknown LSTM notation " + family + "; expected one of " + LSTM);
    }
  }

  private static String[] lstmWords(boolean german) {
    return german
        ? new String[] {
          "Eingangsgate",
          "Vergessensgate",
          "Ausgangsgate",
          "Kandidat",
          "Zellzustand",
          "Hidden State",
          "Ausgabe"
        }
        : new String[] {
          "input gate",
          "forget gate",
          "output gate",
          "candidate",
          "cell state",
          "hidden state",
          "output"
        };
  }

  private static final List<String> LSTM_IDS =
      List.of("g", "f", "q", "candidate", "s", "h", "output");
  private static final List<String> RNN_IDS = List.of("a", "h", "output");

  private static void sym(
      Map<String, Notation.Name> m, String[] desc, String[][] symbols, String[] words) {
    List<String> ids = symbols.length == 7 ? LSTM_IDS : RNN_IDS;
    for (int i = 0; i < ids.size(); i++) {
      m.put(ids.get(i), new Notation.Name(words[i], symbols[i][0], symbols[i][1], desc[i]));
    }
  }

  private static void words(
      Map<String, Notation.Name> m, String[] w, String[] desc, boolean capital) {
    for (int i = 0; i < LSTM_IDS.size(); i++) {
      String word = capital ? Character.toUpperCase(w[i].charAt(0)) + w[i].substring(1) : w[i];
      m.put(LSTM_IDS.get(i), new Notation.Name(word, null, null, desc[i]));
    }
  }

  private static Notation rnn(String family, boolean german, Random rnd) {
    Map<String, Notation.Name> m = new LinkedHashMap<>();
    String[] desc =
        german
            ? new String[] {"Netzeingabe", "versteckter Zustand", "Ausgabe"}
            : new String[] {"pre-activation", "hidden state", "output"};
    String[] words =
        german
            ? new String[] {"Netzeingabe", "versteckter Zustand", "Ausgabe"}
            : new String[] {"pre-activation", "hidden state", "output"};
    switch (family) {
      case "goodfellow" -> {
        String[] o = rnd.nextBoolean() ? new String[] {"o", "o"} : new String[] {"y", "y"};
        sym(m, desc, new String[][] {{"a", "a"}, {"h", "h"}, o}, words);
        return new Notation(family, m, false);
      }
      case "net" -> {
        sym(m, desc, new String[][] {{"net", "\\text{net}"}, {"h", "h"}, {"y", "y"}}, words);
        return new Notation(family, m, false);
      }
      case "z" -> {
        sym(m, desc, new String[][] {{"z", "z"}, {"h", "h"}, {"ŷ", "\\hat{y}"}}, words);
        return new Notation(family, m, false);
      }
      case "words-en", "words-de" -> {
        // words with the symbol beside them: vector components attach to the symbol (hidden state
        // h[1])
        String[] w =
            family.equals("words-de")
                ? new String[] {"Netzeingabe", "versteckter Zustand", "Ausgabe"}
                : new String[] {"pre-activation", "hidden state", "output"};
        sym(m, desc, new String[][] {{"a", "a"}, {"h", "h"}, {"y", "y"}}, w);
        return new Notation(family, m, false);
      }
      default ->
          throw new IllegalArgumentException(
              "unknown RNN notation " + family + "; expected one of " + RNN);
    }
  }
}
