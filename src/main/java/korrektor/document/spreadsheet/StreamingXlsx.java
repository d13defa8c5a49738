package korrektor.document.spreadsheet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import korrektor.document.Cell;
import korrektor.document.Document;
import korrektor.document.Format;
import korrektor.document.Grid;
import korrektor.document.Location;
import korrektor.document.Problem;
import korrektor.document.ReadLimits;
import korrektor.document.ooxml.OoxmlProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * Reads a plain .xlsx with POI's package API and SAX instead of the usermodel: the same {@link
 * Document} as {@link WorkbookReader}'s usermodel path, at less cost. It answers only when it can
 * promise that: a plain transitional workbook of worksheets without drawings, charts, comments,
 * tables or hyperlinks, whose formulas all store their result and whose cells {@link SheetXml} and
 * {@link RawCellConverter} read as {@code XSSFCell} does. Otherwise, and on any failure (damaged,
 * encrypted, bomb), it returns null and the caller uses the usermodel.
 */
final class StreamingXlsx {
  /**
   * Workbook parts the usermodel loads without effect on the cells, by relationship type, with the
   * namespace and name of their root element (checked, with well-formedness, as the usermodel would
   * fail on them).
   */
  private static final Map<String, List<String>> PASSIVE_PARTS =
      Map.of(
          XSSFRelation.THEME.getRelation(),
          List.of("http://schemas.openxmlformats.org/drawingml/2006/main", "theme"),
          XSSFRelation.CALC_CHAIN.getRelation(),
          List.of(SheetXml.MAIN, "calcChain"));

  private static final String WORKSHEET = XSSFRelation.WORKSHEET.getRelation();
  private static final String STYLES = XSSFRelation.STYLES.getRelation();
  private static final String SHARED_STRINGS = XSSFRelation.SHARED_STRINGS.getRelation();
  private static final String PRINTER_SETTINGS = XSSFRelation.PRINTER_SETTINGS.getRelation();

  private StreamingXlsx() {}

  /** The document, or null when the usermodel must read the file. */
  static Document read(Path file, String displayName, ReadLimits limits) {
    try {
      // not a zip, or an .xls: OPCPackage refuses it, and the usermodel reads (or explains) it
      OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
      try {
        return read(pkg, displayName, limits);
      } finally {
        pkg.revert();
      }
    } catch (IOException | InvalidFormatException | RuntimeException e) {
      return null;
    }
  }

  private static Document read(OPCPackage pkg, String file, ReadLimits limits)
      throws IOException, InvalidFormatException {
    PackageRelationshipCollection cores =
        pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
    if (cores.size() != 1) {
      throw new NotStreamable("not one workbook part");
    }
    PackagePart workbook = pkg.getPart(cores.getRelationship(0));
    if (workbook == null
        || !XSSFRelation.WORKBOOK.getContentType().equals(workbook.getContentType())) {
      throw new NotStreamable("not a plain .xlsx workbook");
    }
    PackagePart styles = null;
    PackagePart sharedStrings = null;
    for (PackageRelationship rel : workbook.getRelationships()) {
      String type = rel.getRelationshipType();
      PackagePart part = internalPart(workbook, rel);
      if (WORKSHEET.equals(type)) {
        checkSheetRelations(part);
      } else if (STYLES.equals(type) && styles == null) {
        styles = part;
      } else if (SHARED_STRINGS.equals(type) && sharedStrings == null) {
        sharedStrings = part;
      } else if (PASSIVE_PARTS.containsKey(type)) {
        SheetXml.checkWellFormed(
            part, PASSIVE_PARTS.get(type).get(0), PASSIVE_PARTS.get(type).get(1));
      } else {
        throw new NotStreamable("workbook part " + type);
      }
    }
    if (styles == null) {
      throw new NotStreamable("no styles");
    }
    List<WorkbookXml.SheetEntry> entries = WorkbookXml.sheets(workbook);
    List<PackagePart> parts = new ArrayList<>();
    for (WorkbookXml.SheetEntry entry : entries) {
      PackageRelationship rel = workbook.getRelationship(entry.relationId());
      if (rel == null || !WORKSHEET.equals(rel.getRelationshipType())) {
        throw new NotStreamable("sheet " + entry.name() + " is not a worksheet");
      }
      parts.add(internalPart(workbook, rel));
    }
    StyleFormats formats = StyleFormats.read(styles);
    List<String> strings = sharedStrings == null ? null : SharedStrings.read(sharedStrings);
    RawCellConverter converter = new RawCellConverter(formats, strings, file);
    Document document = cells(entries, parts, converter, file, limits);
    Map<String, String> metadata = new HashMap<>();
    try {
      OoxmlProperties.read(pkg, metadata);
    } catch (RuntimeException e) {
      // as in WorkbookReader: metadata is a nice-to-have
    }
    return document.withMetadata(metadata);
  }

  /**
   * Reads every listed sheet (all of them, as the usermodel parses all while opening), keeping at
   * most {@link ReadLimits#maxCells} cells and the usermodel path's warning when they run out.
   */
  private static Document cells(
      List<WorkbookXml.SheetEntry> entries,
      List<PackagePart> parts,
      RawCellConverter converter,
      String file,
      ReadLimits limits)
      throws IOException {
    List<Grid> grids = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    int[] budget = {limits.maxCells()};
    for (int i = 0; i < entries.size(); i++) {
      String name = entries.get(i).name();
      List<Cell> cells = new ArrayList<>();
      boolean reading = budget[0] >= 0;
      SheetXml.read(
          parts.get(i),
          raw -> {
            if (budget[0] < 0) {
              return;
            }
            Cell cell = converter.convert(raw, name);
            if (cell == null) {
              return;
            }
            if (budget[0]-- <= 0) {
              budget[0] = -1;
              return;
            }
            cells.add(cell);
          });
      if (!reading) {
        continue;
      }
      grids.add(new Grid(name, cells));
      if (budget[0] < 0) {
        problems.add(
            Problem.warning(
                Problem.Kind.TRUNCATED,
                Location.ofFile(file),
                "only the first "
                    + limits.maxCells()
                    + " cells were read (sheet "
                    + name
                    + " and later sheets are cut short)"));
      }
    }
    return new Document(file, Format.XLSX, grids, List.of(), new ArrayList<>(), 0, problems);
  }

  /**
   * The part a relationship leads to inside the package; external or missing targets are refused.
   */
  private static PackagePart internalPart(PackagePart source, PackageRelationship rel)
      throws InvalidFormatException {
    if (rel.getTargetMode() != TargetMode.INTERNAL) {
      throw new NotStreamable("external relationship " + rel.getRelationshipType());
    }
    PackagePart part = source.getRelatedPart(rel);
    if (part == null) {
      throw new NotStreamable("missing part " + rel.getTargetURI());
    }
    return part;
  }

  /** A worksheet may have printer settings, nothing else (drawings, comments, tables fall back). */
  private static void checkSheetRelations(PackagePart sheet) throws InvalidFormatException {
    for (PackageRelationship rel : sheet.getRelationships()) {
      if (!PRINTER_SETTINGS.equals(rel.getRelationshipType())) {
        throw new NotStreamable("sheet part " + rel.getRelationshipType());
      }
    }
  }
}
