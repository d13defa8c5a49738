package korrektor.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a draft from the version that counts when a student hands in both: a file whose name says
 * draft ({@code entwurf}, {@code draft}, {@code alt}, {@code old}, {@code backup}, {@code kopie})
 * or carries a lower version number than another file of the same name ({@code LSTM_v1.xlsx} beside
 * {@code LSTM_v2.xlsx}) is a draft — but only while another file is not one, so a single file
 * called "draft" still counts.
 */
final class Versions {
  private static final Pattern DRAFT =
      Pattern.compile(
          "(?<![a-z])(?:draft|entwurf|alt|old|backup|bak|kopie|copy|vorl(?:ae|ä)ufig|preliminary)(?![a-z])");
  private static final Pattern FINAL =
      Pattern.compile("(?<![a-z])(?:final|endg(?:ue|ü)ltig|korrigiert|corrected|fixed)(?![a-z])");
  private static final Pattern VERSION =
      Pattern.compile(
          "(?:[_\\-\\s.]|^)(?:v|ver|version|versuch)?[_\\-\\s]?(\\d{1,2})(?=\\.[a-z0-9]+$)");

  private Versions() {}

  /** The indexes of the files that are drafts of another file handed in. */
  static Set<Integer> drafts(List<String> fileNames) {
    Set<Integer> drafts = new HashSet<>();
    List<String> lower = new ArrayList<>();
    for (String n : fileNames) {
      String base = n.contains("/") ? n.substring(n.lastIndexOf('/') + 1) : n;
      lower.add(base.toLowerCase(Locale.ROOT));
    }
    for (int i = 0; i < lower.size(); i++) {
      if (DRAFT.matcher(stem(lower.get(i))).find()) {
        drafts.add(i);
      }
    }
    // LSTM_v1.xlsx beside LSTM_v2.xlsx: the lower number is the draft
    for (int i = 0; i < lower.size(); i++) {
      for (int j = 0; j < lower.size(); j++) {
        if (i == j) {
          continue;
        }
        Matcher a = VERSION.matcher(lower.get(i));
        Matcher b = VERSION.matcher(lower.get(j));
        if (a.find()
            && b.find()
            && lower.get(i).substring(0, a.start()).equals(lower.get(j).substring(0, b.start()))
            && Integer.parseInt(a.group(1)) < Integer.parseInt(b.group(1))) {
          drafts.add(i);
        }
      }
    }
    // a file that says it is the final one makes the others drafts
    List<Integer> finals = new ArrayList<>();
    for (int i = 0; i < lower.size(); i++) {
      if (FINAL.matcher(stem(lower.get(i))).find() && !drafts.contains(i)) {
        finals.add(i);
      }
    }
    if (!finals.isEmpty() && finals.size() < lower.size()) {
      for (int i = 0; i < lower.size(); i++) {
        if (!finals.contains(i)) {
          drafts.add(i);
        }
      }
      drafts.removeAll(finals);
    }
    if (drafts.size() == lower.size()) {
      return Set.of(); // every file looks like a draft: none is set aside
    }
    return drafts;
  }

  private static String stem(String name) {
    int dot = name.lastIndexOf('.');
    return (dot > 0 ? name.substring(0, dot) : name).replace('_', ' ').replace('-', ' ');
  }
}
