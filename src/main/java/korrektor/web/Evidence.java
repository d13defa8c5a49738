package korrektor.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import korrektor.document.Cell;
import korrektor.document.Document;
import korrektor.document.Figure;
import korrektor.document.Format;
import korrektor.document.Grid;
import korrektor.document.ReadLimits;
import korrektor.document.TextLine;
import korrektor.document.Word;
import korrektor.document.pdf.PageImage;
import korrektor.document.read.DocumentReaders;
import korrektor.feedback.Html;
import korrektor.grade.ItemResult;
import korrektor.grade.Points;
import korrektor.result.SubmissionResult;

/**
 * The student's own work around a review item, as an HTML fragment: the PDF page with the value's
 * words outlined, the spreadsheet cells around the found cell, the text or notebook lines, the
 * image of a plot; for several values found (an ambiguous reading), each side by side. Files are
 * only ever the graded submission's own, resolved inside the submissions folder; every text from a
 * student's file is escaped.
 */
final class Evidence {
  /** Rows and columns shown around a found cell, lines around a found line. */
  private static final int AROUND = 3;

  private static final long MAX_IMAGE_BYTES = 8L << 20;

  /** Documents kept read for the next look at the same student. */
  private static final int MAX_CACHED = 32;

  private final Path root;
  private final DocumentReaders readers = DocumentReaders.standard();
  private final Map<Path, Document> documents = new ConcurrentHashMap<>();

  /**
   * @param root the folder the results' file names are relative to (the graded submissions)
   */
  Evidence(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /** The evidence of one item: where each value was found, side by side. */
  String render(SubmissionResult s, ItemResult i) {
    Map<String, String> places = new LinkedHashMap<>(); // location → value written there
    if (i.source() != null) {
      places.put(innermost(i.source()), i.foundText() == null ? "" : i.foundText());
    }
    if (i.alternatives() != null) {
      for (String a : i.alternatives()) {
        int paren = a.lastIndexOf(" (");
        if (paren > 0 && a.endsWith(")")) {
          places.putIfAbsent(a.substring(paren + 2, a.length() - 1), a.substring(0, paren));
        }
      }
    }
    StringBuilder html = new StringBuilder("<div class=\"candidates\">");
    if (places.isEmpty()) {
      html.append("<p class=\"none\">Nothing was found for this item in the student's files.</p>");
    }
    for (Map.Entry<String, String> p : places.entrySet()) {
      html.append("<figure class=\"candidate\"><figcaption>");
      if (!p.getValue().isEmpty()) {
        html.append("<b>").append(Html.escape(p.getValue())).append("</b> at ");
      }
      html.append("<code>").append(Html.escape(p.getKey())).append("</code></figcaption>");
      html.append(place(s, p.getKey(), p.getValue()));
      html.append("</figure>");
    }
    return html.append("</div>").toString();
  }

  /**
   * A plot's source reads {@code chart "h" (file!Sheet!A1)}: the location is in the last
   * parentheses.
   */
  static String innermost(String source) {
    if (source.endsWith(")")) {
      int open = source.lastIndexOf('(');
      if (open >= 0) {
        return source.substring(open + 1, source.length() - 1);
      }
    }
    return source;
  }

  private String place(SubmissionResult s, String location, String value) {
    Path file = fileOf(s, location);
    if (file == null) {
      return "<p class=\"none\">Not in a file Korrektor can show.</p>";
    }
    try {
      if (documents.size() > MAX_CACHED) {
        documents.clear(); // a tutor moves on; a file read again costs a moment
      }
      Document d =
          documents.computeIfAbsent(
              file,
              f ->
                  readers.read(
                      f, location.substring(0, nameLength(s, location)), ReadLimits.DEFAULT));
      if (d.format() == Format.IMAGE) {
        return image(file);
      }
      for (Grid g : d.grids()) {
        for (Cell c : g.cells()) {
          if (c.location().toString().equals(location)) {
            return cells(g, c);
          }
        }
      }
      List<TextLine> lines = d.lines();
      for (int n = 0; n < lines.size(); n++) {
        if (lines.get(n).location().toString().equals(location)) {
          return (d.format() == Format.PDF ? page(file, lines.get(n), value) : "")
              + lines(lines, n);
        }
      }
      for (Figure f : d.figures()) {
        if (f.location().toString().equals(location)
            && d.format() == Format.PDF
            && f.location().page() > 0) {
          return png(
              PageImage.render(file, f.location().page(), List.of()),
              "page " + f.location().page());
        }
      }
      // a chart anchored at a cell (Sheet!J2): the cells around it, empty or not
      for (Grid g : d.grids()) {
        String prefix = d.fileName() + "!" + g.name() + "!";
        if (location.startsWith(prefix)
            && location.substring(prefix.length()).matches("[A-Z]{1,3}\\d{1,7}")) {
          int[] rc = cellRef(location.substring(prefix.length()));
          return cells(
              g,
              new Cell(
                  rc[0],
                  rc[1],
                  "",
                  null,
                  korrektor.document.Location.ofCell(d.fileName(), g.name(), rc[0], rc[1])));
        }
      }
      // a part of a notebook (cell 3): its image outputs and its lines
      for (int n = 0; n < lines.size(); n++) {
        TextLine l = lines.get(n);
        if (l.location().sheet() != null
            && location.equals(d.fileName() + " " + l.location().sheet())) {
          String images =
              d.format() == Format.IPYNB ? notebookImages(file, l.location().sheet()) : "";
          return images + lines(lines, n);
        }
      }
      if (d.format() == Format.PDF && location.matches(".* p\\.\\d+")) {
        int page = Integer.parseInt(location.substring(location.lastIndexOf(".") + 1));
        return png(PageImage.render(file, page, List.of()), "page " + page);
      }
      return "<p class=\"none\">"
          + Html.escape(d.format().toString())
          + ": this place cannot be shown; open the file"
          + " itself.</p>";
    } catch (IOException | RuntimeException e) {
      return "<p class=\"none\">The file could not be shown ("
          + Html.escape(String.valueOf(e.getMessage()))
          + ").</p>";
    }
  }

  /**
   * The student's file a location names: the graded file whose name the location starts with (the
   * longest such), resolved inside the submissions folder; null when none is, or when it is a link.
   */
  Path fileOf(SubmissionResult s, String location) {
    int best = nameLength(s, location);
    if (best == 0) {
      return null;
    }
    for (String rel : s.files()) {
      String name = Path.of(rel).getFileName().toString();
      if (name.length() == best && location.startsWith(name)) {
        Path p = root.resolve(rel).normalize();
        try {
          if (!p.startsWith(root)
              || !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
              || !p.toRealPath().startsWith(root.toRealPath())) {
            return null; // outside the submissions folder, or reached through a link
          }
        } catch (IOException e) {
          return null;
        }
        return p;
      }
    }
    return null;
  }

  private static int nameLength(SubmissionResult s, String location) {
    int best = 0;
    for (String rel : s.files()) {
      String name = Path.of(rel).getFileName().toString();
      if (location.startsWith(name)
          && (location.length() == name.length()
              || " !/".indexOf(location.charAt(name.length())) >= 0)) {
        best = Math.max(best, name.length());
      }
    }
    return best;
  }

  /** {@code J2} as 0-based row 1, column 9. */
  static int[] cellRef(String ref) {
    int col = 0;
    int k = 0;
    while (k < ref.length() && Character.isLetter(ref.charAt(k))) {
      col = col * 26 + (ref.charAt(k++) - 'A' + 1);
    }
    return new int[] {Integer.parseInt(ref.substring(k)) - 1, col - 1};
  }

  private static String cells(Grid g, Cell found) {
    StringBuilder h =
        new StringBuilder("<table class=\"cells\"><caption>")
            .append(Html.escape(g.name()))
            .append("</caption><tr><th></th>");
    int r0 = Math.max(0, found.row() - AROUND);
    int c0 = Math.max(0, found.column() - AROUND);
    int r1 = Math.max(found.row(), Math.min(g.rowCount() - 1, found.row() + AROUND));
    int c1 = Math.max(found.column(), Math.min(g.columnCount() - 1, found.column() + AROUND));
    for (int c = c0; c <= c1; c++) {
      h.append("<th>")
          .append(korrektor.document.Location.cellName(0, c).replaceAll("\\d", ""))
          .append("</th>");
    }
    h.append("</tr>");
    for (int r = r0; r <= r1; r++) {
      h.append("<tr><th>").append(r + 1).append("</th>");
      for (int c = c0; c <= c1; c++) {
        boolean hit = r == found.row() && c == found.column();
        h.append(hit ? "<td class=\"hit\">" : "<td>");
        g.at(r, c).ifPresent(cell -> h.append(Html.escape(cell.text())));
        h.append("</td>");
      }
      h.append("</tr>");
    }
    return h.append("</table>").toString();
  }

  private static String lines(List<TextLine> lines, int n) {
    StringBuilder h = new StringBuilder("<pre class=\"lines\">");
    for (int k = Math.max(0, n - AROUND); k <= Math.min(lines.size() - 1, n + AROUND); k++) {
      TextLine l = lines.get(k);
      String text = Html.escape(l.text());
      h.append(k == n ? "<mark class=\"hit\">" + text + "</mark>" : text).append('\n');
    }
    return h.append("</pre>").toString();
  }

  /**
   * The PDF page with the words of the value outlined (the whole line when no word is the value).
   */
  private static String page(Path file, TextLine line, String value) throws IOException {
    List<Word> words = new ArrayList<>();
    for (Word w : line.words()) {
      if (!value.isEmpty()
          && (w.text().contains(value)
              || value.contains(w.text()) && w.text().matches(".*\\d.*"))) {
        words.add(w);
      }
    }
    if (words.isEmpty()) {
      words = line.words();
    }
    return png(
        PageImage.render(file, line.location().page(), words), "page " + line.location().page());
  }

  private static String png(byte[] png, String alt) {
    return "<img class=\"page\" alt=\""
        + Html.escape(alt)
        + "\" src=\"data:image/png;base64,"
        + Base64.getEncoder().encodeToString(png)
        + "\">";
  }

  /** The PNG outputs of a notebook's cell ({@code cell 3}: the third), each checked to be a PNG. */
  private static String notebookImages(Path file, String part) {
    if (!part.matches("cell \\d{1,6}") || sizeOf(file) > MAX_IMAGE_BYTES * 4) {
      return "";
    }
    StringBuilder h = new StringBuilder();
    try {
      com.fasterxml.jackson.databind.JsonNode root =
          new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile());
      com.fasterxml.jackson.databind.JsonNode cell =
          root.path("cells").path(Integer.parseInt(part.substring(5)) - 1);
      for (com.fasterxml.jackson.databind.JsonNode output : cell.path("outputs")) {
        com.fasterxml.jackson.databind.JsonNode png = output.path("data").path("image/png");
        StringBuilder b64 = new StringBuilder();
        if (png.isArray()) {
          png.forEach(x -> b64.append(x.asText()));
        } else {
          b64.append(png.asText(""));
        }
        byte[] bytes = Base64.getMimeDecoder().decode(b64.toString());
        if (bytes.length > 8
            && (bytes[0] & 0xff) == 0x89
            && bytes[1] == 'P'
            && bytes[2] == 'N'
            && bytes[3] == 'G') {
          h.append(
                  "<img class=\"plot\" alt=\"the notebook's image output\" src=\"data:image/png;base64,")
              .append(Base64.getEncoder().encodeToString(bytes))
              .append("\">");
        }
      }
    } catch (IOException | RuntimeException e) {
      return ""; // the lines still show
    }
    return h.toString();
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return Long.MAX_VALUE;
    }
  }

  /** An image the student handed in, when it is a PNG, JPEG or GIF (by its bytes). */
  private static String image(Path file) throws IOException {
    if (Files.size(file) > MAX_IMAGE_BYTES) {
      return "<p class=\"none\">The image is larger than 8 MB; open it from the submissions folder.</p>";
    }
    byte[] b = Files.readAllBytes(file);
    String type =
        b.length > 3 && (b[0] & 0xff) == 0x89 && b[1] == 'P'
            ? "image/png"
            : b.length > 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8
                ? "image/jpeg"
                : b.length > 3 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' ? "image/gif" : null;
    if (type == null) {
      return "<p class=\"none\">This image format cannot be shown in the browser.</p>";
    }
    return "<img class=\"plot\" alt=\"the student's image\" src=\"data:"
        + type
        + ";base64,"
        + Base64.getEncoder().encodeToString(b)
        + "\">";
  }

  static String points(double p) {
    return Points.format(p);
  }
}
