package korrektor.document.ooxml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ooxml.POIXMLDocument;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

class OoxmlPropertiesTest {

  /**
   * Every xlsx and docx sample (LibreOffice, openpyxl, python-docx, pandoc, POI): the same as POI's
   * own binding.
   */
  @Test
  void readsTheSamePropertiesAsPoiForEverySample() throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.walk(Path.of("samples"))) {
      files =
          s.filter(p -> p.toString().endsWith(".xlsx") || p.toString().endsWith(".docx"))
              .sorted()
              .toList();
    }
    assertThat(files).hasSizeGreaterThan(5);
    int withApplication = 0;
    for (Path f : files) {
      if (f.getFileName().toString().equals("271010_Tim_Neumann.xlsx")
          || f.getFileName().toString().equals("Blatt9_Vogel.xlsx")) {
        continue; // the deliberately broken samples (samples/sheet09, samples/german-course)
      }
      try (OPCPackage pkg = OPCPackage.open(f.toFile(), PackageAccess.READ);
          POIXMLDocument doc =
              f.toString().endsWith(".xlsx") ? new XSSFWorkbook(pkg) : new XWPFDocument(pkg)) {
        Map<String, String> ours = new HashMap<>();
        OoxmlProperties.read(doc.getPackage(), ours);
        Map<String, String> poi = poi(doc.getProperties());
        assertThat(blankAsNull(ours)).as(f.toString()).isEqualTo(blankAsNull(poi));
        withApplication += ours.get("application") != null ? 1 : 0;
      }
    }
    assertThat(withApplication).as("samples naming their application").isGreaterThan(3);
  }

  private static Map<String, String> poi(POIXMLProperties p) {
    Map<String, String> m = new HashMap<>();
    m.put("author", p.getCoreProperties().getCreator());
    m.put("lastModifiedBy", p.getCoreProperties().getLastModifiedByUser());
    m.put("title", p.getCoreProperties().getTitle());
    var ext = p.getExtendedProperties().getUnderlyingProperties();
    m.put("application", ext.getApplication());
    m.put("template", ext.getTemplate());
    m.put("company", ext.getCompany());
    return m;
  }

  private static Map<String, String> blankAsNull(Map<String, String> m) {
    Map<String, String> out = new HashMap<>();
    m.forEach((k, v) -> out.put(k, v == null || v.isBlank() ? null : v.strip()));
    return out;
  }

  @Test
  void leavesExtendedPropertiesOutWhenAppXmlIsBroken() throws Exception {
    // a package whose app.xml is not XML: core properties are still read, nothing throws
    Path dir = Files.createTempDirectory("ooxml");
    Path xlsx = dir.resolve("broken.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      wb.createSheet("a").createRow(0).createCell(0).setCellValue(1);
      wb.getProperties().getCoreProperties().setCreator("Lena Vogt");
      try (var out = Files.newOutputStream(xlsx)) {
        wb.write(out);
      }
    }
    Path broken = dir.resolve("broken2.xlsx");
    try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(xlsx));
        var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(broken))) {
      for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
        out.write(
            e.getName().equals("docProps/app.xml")
                ? "<Properties><Application>".getBytes()
                : in.readAllBytes());
        out.closeEntry();
      }
    }
    try (OPCPackage pkg = OPCPackage.open(broken.toFile(), PackageAccess.READ)) {
      Map<String, String> m = new HashMap<>();
      OoxmlProperties.read(pkg, m);
      assertThat(m).containsEntry("author", "Lena Vogt").containsEntry("application", null);
    }
  }
}
