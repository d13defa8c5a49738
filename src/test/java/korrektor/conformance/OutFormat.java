package korrektor.conformance;

import java.util.Locale;

/** The file formats submissions are written in, with what each can show. */
enum OutFormat {
  XLSX(Kind.GRID),
  XLS(Kind.GRID),
  ODS(Kind.GRID),
  CSV(Kind.GRID),
  DOCX(Kind.RICH),
  DOC(Kind.FLOW),
  ODT(Kind.RICH),
  RTF(Kind.RICH),
  PDF(Kind.RICH),
  HTML(Kind.RICH),
  MD(Kind.FLOW),
  TXT(Kind.FLOW),
  IPYNB(Kind.NOTEBOOK);

  /** What a format holds: cells, text with typeset sub/superscripts, plain text, or a notebook. */
  enum Kind {
    GRID,
    RICH,
    FLOW,
    NOTEBOOK
  }

  private final Kind kind;

  OutFormat(Kind kind) {
    this.kind = kind;
  }

  Kind kind() {
    return kind;
  }

  boolean grid() {
    return kind == Kind.GRID;
  }

  /** Sets real sub- and superscripts. */
  boolean rich() {
    return kind == Kind.RICH;
  }

  String extension() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The format for a name such as {@code pdf} or {@code PDF}. */
  static OutFormat parse(String s) {
    return valueOf(s.toUpperCase(Locale.ROOT));
  }
}
