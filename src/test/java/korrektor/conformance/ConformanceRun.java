package korrektor.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import korrektor.document.Document;
import korrektor.document.ReadLimits;
import korrektor.document.read.DocumentReaders;
import korrektor.grade.Grader;
import korrektor.grade.Grading;
import korrektor.grade.ItemResult;

/**
 * Writes, reads and grades generated submissions in parallel and compares every slot with the
 * truth; keeps the worst failing examples with their truth for debugging.
 */
final class ConformanceRun {
  private final Generator generator;
  private final long seed;
  private final DocumentReaders readers = DocumentReaders.standard();
  private final ThreadLocal<Map<String, Grader>> graders = ThreadLocal.withInitial(HashMap::new);

  ConformanceRun(Generator generator, long seed) {
    this.generator = generator;
    this.seed = seed;
  }

  /**
   * Runs {@code count} submissions (skipping indices the filter rules out) on {@code threads}
   * threads.
   */
  Scoreboard run(int count, int threads, Path work) throws Exception {
    Scoreboard board = new Scoreboard();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      int made = 0;
      for (int index = 0; made < count && index < count * 50; index++) {
        Submission s = generator.generate(index);
        if (s == null) {
          continue;
        }
        made++;
        futures.add(
            pool.submit(
                () -> {
                  board.add(run(s, work.resolve(s.id())));
                  return null;
                }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return board;
  }

  /**
   * Writes one submission's files into {@code dir}, reads and grades them; {@code keep} leaves the
   * files.
   */
  Outcome run(Submission s, Path dir) {
    return run(s, dir, false);
  }

  Outcome run(Submission s, Path dir, boolean keep) {
    long start = System.nanoTime();
    try {
      Files.createDirectories(dir);
      List<Document> docs = new ArrayList<>();
      List<String> variants = new ArrayList<>();
      List<String> unreadable = new ArrayList<>();
      for (int i = 0; i < s.files().size(); i++) {
        SubmissionFile f = s.files().get(i);
        Path file = dir.resolve(f.name());
        Random rnd = new Random(seed * 31 + s.index() * 7919L + i);
        variants.add(f.name() + ": " + FormatWriter.of(f.format()).write(f.blocks(), file, rnd));
        Document d = readers.read(file, f.name(), ReadLimits.DEFAULT);
        if (!d.isReadable()) {
          unreadable.add(f.name() + ": " + d.problems());
        }
        docs.add(d);
      }
      Grader grader =
          graders.get().computeIfAbsent(s.rubric().name(), k -> new Grader(s.rubric().rubric()));
      Grading g = grader.grade(docs);
      Map<String, ItemResult> items = new HashMap<>();
      for (ItemResult item : g.items()) {
        if (item.quantity() != null
            && item.part().equals(s.rubric().part().id())
            && item.question().equals(s.rubric().question().id())) {
          Slot slot =
              new Slot(
                  item.quantity(), item.component() == null ? 0 : item.component(), item.step());
          items.put(slot.key(), item);
        }
      }
      List<SlotResult> results = new ArrayList<>();
      for (Slot slot : s.rubric().slots()) {
        results.add(
            SlotResult.judge(
                slot, s.truth().slots().get(slot), items.get(slot.key()), s.truth(), s.rubric()));
      }
      return new Outcome(
          s, variants, results, unreadable, g.messages(), (System.nanoTime() - start) / 1e9);
    } catch (IOException e) {
      throw new UncheckedIOException("writing " + s.id() + " failed", e);
    } finally {
      if (!keep) {
        delete(dir);
      }
    }
  }

  static void delete(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
