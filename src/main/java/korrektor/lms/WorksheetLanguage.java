package korrektor.lms;

import java.util.List;

/**
 * The column names of Moodle's grading worksheet in one UI language. Moodle's importer matches
 * {@link #identifier}, {@link #grade} and {@link #modified} exactly in the uploader's language, so
 * a worksheet is written back in the language it was downloaded in.
 */
public enum WorksheetLanguage {
  ENGLISH(
      "Identifier",
      "Participant ",
      "Full name",
      "Group",
      "Grade",
      List.of("Maximum Grade", "Maximum grade"),
      "Scale",
      "Grade can be changed",
      List.of("No"),
      "Last modified (grade)",
      "Feedback comments"),
  GERMAN(
      "ID",
      "Teilnehmer/in",
      "Vollständiger Name",
      "Gruppe",
      "Bewertung",
      List.of("Bestwertung", "Bestbewertung"),
      "Skala",
      "Bewertung kann geändert werden",
      List.of("Nein"),
      "Zuletzt geändert (Bewertung)",
      "Feedback als Kommentar");

  /** {@code Identifier}: the participant column. */
  public final String identifier;

  /** What precedes the participant number in an identifier ({@code Participant 1234567}). */
  public final String idPrefix;

  /**
   * Every prefix the language's packs write: the German pack's {@code hiddenuser} is {@code
   * Teilnehmer/in} (then {@code Teilnehmer/in1234501}), some sites show it with a blank ({@code
   * Teilnehmer/in 1234501}) or gender-starred ({@code Teilnehmer*in}).
   */
  public final List<String> idPrefixes;

  public final String fullName;
  public final String group;
  public final String grade;

  /** The maximum-grade column (its spelling changed between Moodle versions). */
  public final List<String> maxGrade;

  public final String scale;
  public final String canChange;

  /** Values of {@link #canChange} that mean the grade is locked. */
  public final List<String> no;

  public final String modified;
  public final String feedback;

  WorksheetLanguage(
      String identifier,
      String idPrefix,
      String fullName,
      String group,
      String grade,
      List<String> maxGrade,
      String scale,
      String canChange,
      List<String> no,
      String modified,
      String feedback) {
    this.identifier = identifier;
    this.idPrefix = idPrefix;
    this.idPrefixes =
        idPrefix.startsWith("Teilnehmer")
            ? List.of("Teilnehmer/in", "Teilnehmer*in", "Teilnehmer:in")
            : List.of(idPrefix, idPrefix.strip());
    this.fullName = fullName;
    this.group = group;
    this.grade = grade;
    this.maxGrade = maxGrade;
    this.scale = scale;
    this.canChange = canChange;
    this.no = no;
    this.modified = modified;
    this.feedback = feedback;
  }

  /** The columns the importer requires. */
  public List<String> required() {
    return List.of(identifier, grade, modified);
  }

  /** The language whose required columns are all in {@code header}, or null. */
  public static WorksheetLanguage of(List<String> header) {
    for (WorksheetLanguage l : values()) {
      if (header.containsAll(l.required())) {
        return l;
      }
    }
    return null;
  }
}
