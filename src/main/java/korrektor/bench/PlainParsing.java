package korrektor.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * The floor a hand-written script pays: open each file and pull out its text or cells with the same
 * libraries (PDFBox, POI, Commons CSV), and nothing else. Returns a checksum so the work cannot be
 * optimised away.
 */
public final class PlainParsing {
  private PlainParsing() {}

  /**
   * A hand-written script's first run: {@code THREADS DIR} reads every file in DIR with that many
   * threads and prints the checksum; {@code korrektor bench} times it as a whole process.
   */
  public static void main(String[] args) throws Exception {
    List<Path> files;
    try (Stream<Path> list = Files.list(Path.of(args[1]))) {
      files = list.filter(Files::isRegularFile).sorted().toList();
    }
    System.out.println(readAll(files, Integer.parseInt(args[0])));
  }

  /** Reads all files with the given number of threads; the sum of their checksums. */
  public static long readAll(List<Path> files, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Long>> results = new ArrayList<>();
      for (Path f : files) {
        results.add(pool.submit(() -> read(f)));
      }
      long sum = 0;
      for (Future<Long> f : results) {
        sum += f.get();
      }
      return sum;
    } finally {
      pool.shutdown();
    }
  }

  public static long read(Path file) throws IOException {
    String name = file.getFileName().toString();
    if (name.endsWith(".pdf")) {
      try (PDDocument d = Loader.loadPDF(file.toFile())) {
        return new PDFTextStripper().getText(d).length();
      }
    }
    if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
      long n = 0;
      DataFormatter f = new DataFormatter();
      try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
        for (Sheet s : wb) {
          for (Row r : s) {
            for (Cell c : r) {
              n += f.formatCellValue(c).length();
            }
          }
        }
      }
      return n;
    }
    long n = 0;
    byte[] bytes = Files.readAllBytes(file);
    String text = new String(bytes, StandardCharsets.UTF_8);
    char sep = text.indexOf(';') >= 0 ? ';' : ',';
    try (Reader r = new java.io.StringReader(text);
        CSVParser p = CSVParser.parse(r, CSVFormat.DEFAULT.builder().setDelimiter(sep).get())) {
      for (CSVRecord rec : p) {
        n += rec.size();
      }
    }
    return n;
  }
}
