package korrektor.document;

/** The file formats Korrektor recognises by content. */
public enum Format {
  CSV("CSV text"),
  XLSX("Excel workbook (.xlsx)"),
  XLS("Excel 97-2003 workbook (.xls)"),
  ODS("OpenDocument spreadsheet (.ods)"),
  PDF("PDF document"),
  DOCX("Word document (.docx)"),
  DOC("Word 97-2003 document (.doc)"),
  ODT("OpenDocument text (.odt)"),
  RTF("Rich Text Format document (.rtf)"),
  IPYNB("Jupyter notebook"),
  TEXT("plain text"),
  HTML("HTML page"),
  IMAGE("image"),
  ZIP("zip archive"),
  IWORK("Apple iWork document (.pages, .numbers, .key)"),
  EMPTY("empty file"),
  UNKNOWN("unknown format");

  private final String description;

  Format(String description) {
    this.description = description;
  }

  /** A phrase for messages, e.g. "Excel workbook (.xlsx)". */
  public String description() {
    return description;
  }
}
