package korrektor.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import korrektor.web.SelfCheckReport.ItemCheck;
import korrektor.web.SelfCheckReport.QuestionCheck;

/**
 * The self-check's two pages: {@code GET /} (the form) and {@code POST /check} (an upload and its
 * report). An upload is streamed to a private temporary folder under its own (cleaned) name,
 * checked on the bounded pool, and deleted; every failure is a friendly page.
 */
final class UploadServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private final transient SelfCheck check;
  private final transient ServerOptions options;
  private final transient ExecutorService pool;
  private final transient Path uploads;
  private final transient PrintWriter log;

  /** Uploads being received now; bounded so that slow bodies cannot take every thread. */
  private final transient java.util.concurrent.Semaphore receiving;

  /** Cuts off a body that is still arriving at its deadline. */
  private final transient java.util.concurrent.ScheduledExecutorService cutoff;

  UploadServlet(
      SelfCheck check,
      ServerOptions options,
      ExecutorService pool,
      Path uploads,
      PrintWriter log,
      java.util.concurrent.ScheduledExecutorService cutoff) {
    this.check = check;
    this.options = options;
    this.pool = pool;
    this.uploads = uploads;
    this.log = log;
    this.receiving = new java.util.concurrent.Semaphore(options.maxReceiving());
    this.cutoff = cutoff;
  }

  @Override
  protected void service(HttpServletRequest req, HttpServletResponse resp)
      throws ServletException, IOException {
    String m = req.getMethod();
    if (m.equals("GET") || m.equals("HEAD") || m.equals("POST")) {
      super.service(req, resp);
    } else {
      resp.setHeader("Allow", "GET, HEAD, POST");
      send(resp, 405, FriendlyErrors.page(405));
    }
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String path = req.getRequestURI();
    if (path.equals("/") || path.equals("/check")) {
      send(resp, 200, HtmlPage.form(check.rubric().title(), options.maxUploadBytes()));
    } else {
      send(resp, 404, FriendlyErrors.page(404));
    }
  }

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    if (!req.getRequestURI().equals("/check")) {
      send(resp, 404, FriendlyErrors.page(404));
      return;
    }
    long started = System.nanoTime();
    if (req.getContentLengthLong() > options.maxUploadBytes() + (64 << 10)) {
      resp.setHeader("Connection", "close");
      send(resp, 413, tooLarge());
      log(413, "too large", started);
      return;
    }
    if (!receiving.tryAcquire()) {
      resp.setHeader("Connection", "close");
      send(resp, 503, busy());
      log(503, "too many uploads", started);
      return;
    }
    Path dir = null;
    boolean holding = true;
    try {
      List<Part> parts;
      // the whole body must arrive by the upload deadline, whatever its rate: then the connection
      // is closed
      // and the read below fails (the minimum data rate cuts off a trickle long before)
      java.util.concurrent.ScheduledFuture<?> cut =
          cutoff.schedule(
              () -> abort(req), options.uploadTimeout().toMillis(), TimeUnit.MILLISECONDS);
      try {
        // several files handed in together (values.csv with plot.png) are checked as one submission
        parts =
            req.getParts().stream()
                .filter(
                    x ->
                        x.getName().equals("file")
                            && x.getSubmittedFileName() != null
                            && !x.getSubmittedFileName().isBlank())
                .toList();
      } catch (ServletException | IOException | RuntimeException e) {
        if (cut.isDone() || tooSlow(e)) {
          resp.setHeader("Connection", "close");
          send(
              resp,
              408,
              HtmlPage.error(
                  "Upload too slow",
                  "Your file arrived too slowly and the upload was stopped."
                      + " Check your connection and upload it again."));
          log(408, "upload too slow", started);
          return;
        }
        boolean big = tooLarge(e);
        if (big) {
          resp.setHeader("Connection", "close");
        }
        send(
            resp,
            big ? 413 : 400,
            big
                ? tooLarge()
                : HtmlPage.error(
                    "Upload failed",
                    "The upload could not be read. Choose your file again and press Check."));
        log(big ? 413 : 400, "bad upload", started);
        return;
      } finally {
        cut.cancel(false);
        receiving.release();
        holding = false;
      }
      if (parts.isEmpty()) {
        send(resp, 400, HtmlPage.error("No file", "Choose a file first, then press Check."));
        log(400, "no file", started);
        return;
      }
      if (parts.size() > MAX_FILES) {
        parts.forEach(UploadServlet::deleteQuietly);
        send(
            resp,
            400,
            HtmlPage.error(
                "Too many files", "Choose at most " + MAX_FILES + " files: the ones you hand in."));
        log(400, "too many files", started);
        return;
      }
      dir = Files.createTempDirectory(uploads, "u");
      List<Path> files = new java.util.ArrayList<>();
      long room = options.maxUploadBytes();
      for (Part part : parts) {
        Path file = dir.resolve(safeName(part.getSubmittedFileName()));
        for (int k = 2; Files.exists(file); k++) {
          file = dir.resolve(k + "-" + safeName(part.getSubmittedFileName()));
        }
        try (InputStream in = part.getInputStream()) {
          if (!copy(in, file, room)) {
            send(resp, 413, tooLarge());
            log(413, "too large", started);
            return;
          }
        } finally {
          part.delete();
        }
        room -= Files.size(file);
        files.add(file);
      }
      Path file = files.get(0);
      Future<SelfCheckReport> f;
      // the request's time limit runs from the complete upload: waiting and checking together; the
      // grading
      // process is stopped at that moment too, so no check outlives its request
      long deadline = System.nanoTime() + options.requestTimeout().toNanos();
      try {
        f = pool.submit(() -> check.check(files, deadline));
      } catch (RejectedExecutionException e) {
        send(resp, 503, busy());
        log(503, "queue full", started);
        return;
      }
      SelfCheckReport report;
      try {
        report = f.get(options.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        f.cancel(true);
        send(
            resp,
            503,
            HtmlPage.error(
                "Took too long",
                "Checking your file took too long, maybe because many files are"
                    + " being checked right now. Please try again in a minute; if it happens again, export your file as a plain"
                    + " PDF, xlsx or CSV."));
        log(503, "timeout", started);
        return;
      }
      report = scrub(report, dir);
      if (options.store() != null) {
        store(file, report);
      }
      send(resp, 200, HtmlPage.report(report, options.maxUploadBytes()));
      log(200, report.outcome().id(), started);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      send(resp, 503, FriendlyErrors.page(503));
    } catch (ExecutionException | IOException | RuntimeException e) {
      Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
      synchronized (log) {
        log.println("error: " + cause.getClass().getSimpleName() + ": " + cause.getMessage());
        log.flush();
      }
      send(resp, 500, FriendlyErrors.page(500));
    } finally {
      if (holding) {
        receiving.release();
      }
      if (dir != null) {
        deleteTree(dir);
      }
    }
  }

  /** Files one check takes at most. */
  static final int MAX_FILES = 10;

  private static void deleteQuietly(Part p) {
    try {
      p.delete();
    } catch (IOException e) {
      // the container removes it with the request
    }
  }

  private static String busy() {
    return HtmlPage.error(
        "Busy", "Many files are being checked right now. Please try again in a minute.");
  }

  /**
   * Closes the connection of a request whose body is late: the thread reading it is freed at once.
   */
  private static void abort(HttpServletRequest req) {
    try {
      org.eclipse.jetty.ee10.servlet.ServletContextRequest r =
          org.eclipse.jetty.ee10.servlet.ServletContextRequest.getServletContextRequest(req);
      if (r != null) {
        r.getConnectionMetaData().getConnection().getEndPoint().close();
      }
    } catch (RuntimeException e) {
      // the request ended meanwhile
    }
  }

  /** Copies at most {@code max} bytes; false when the stream has more. */
  private static boolean copy(InputStream in, Path file, long max) throws IOException {
    byte[] buf = new byte[64 << 10];
    long total = 0;
    try (OutputStream out = Files.newOutputStream(file)) {
      int n;
      while ((n = in.read(buf)) > 0) {
        total += n;
        if (total > max) {
          return false;
        }
        out.write(buf, 0, n);
      }
    }
    return true;
  }

  /** The uploaded name without folders or odd characters: what every location on the page shows. */
  static String safeName(String submitted) {
    String n = submitted.replace('\\', '/');
    n = n.substring(n.lastIndexOf('/') + 1).strip();
    n = n.replaceAll("[^\\p{L}\\p{N}._ -]+", "_").replaceAll("^[.\\s]+", "");
    if (n.length() > 120) {
      int dot = n.lastIndexOf('.');
      String ext = dot > 0 && n.length() - dot <= 10 ? n.substring(dot) : "";
      n = n.substring(0, 120 - ext.length()) + ext;
    }
    return n.isEmpty() ? "upload" : n;
  }

  /** The report with any path of this machine taken out (readers' messages may name one). */
  static SelfCheckReport scrub(SelfCheckReport r, Path dir) {
    List<String> problems = r.problems().stream().map(p -> scrub(p, dir)).toList();
    List<QuestionCheck> questions =
        r.questions().stream()
            .map(
                q ->
                    new QuestionCheck(
                        q.id(),
                        q.title(),
                        q.state(),
                        q.valuesAsked(),
                        q.valuesFound(),
                        q.valuesFine(),
                        q.items().stream()
                            .map(
                                i ->
                                    new ItemCheck(
                                        i.part(),
                                        i.item(),
                                        i.state(),
                                        i.yourValue(),
                                        scrub(i.where(), dir),
                                        scrub(i.hint(), dir),
                                        i.expected()))
                            .toList()))
            .toList();
    return new SelfCheckReport(
        r.file(),
        r.sheet(),
        r.expectedShown(),
        r.outcome(),
        problems,
        r.score(),
        r.maxScore(),
        r.pendingPoints(),
        questions,
        r.language());
  }

  static String scrub(String s, Path dir) {
    if (s == null) {
      return null;
    }
    String out =
        s.replace(dir.toAbsolutePath() + java.io.File.separator, "")
            .replace(dir.toAbsolutePath().toString(), "");
    return out.replaceAll(
        "(?<![\\p{L}\\p{N}._-])(?:[A-Za-z]:)?[/\\\\](?:[^\\s/\\\\:]+[/\\\\])+", "");
  }

  private void store(Path file, SelfCheckReport report) throws IOException {
    Files.createDirectories(options.store());
    String id =
        java.time.LocalDateTime.now().toString().replace(':', '-')
            + "_"
            + UUID.randomUUID().toString().substring(0, 8);
    Files.copy(file, options.store().resolve(id + "_" + file.getFileName()));
    Files.writeString(
        options.store().resolve(id + ".json"),
        new ObjectMapper().writeValueAsString(report),
        StandardCharsets.UTF_8);
  }

  private String tooLarge() {
    return HtmlPage.error(
        "File too large",
        "Your file is larger than "
            + (options.maxUploadBytes() >> 20)
            + " MB. Hand in a smaller file: export it as a plain PDF, xlsx or CSV without embedded pictures.");
  }

  private static boolean tooSlow(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (m.contains("data rate")
          || m.contains("408")
          || m.contains("timeout")
          || t instanceof java.util.concurrent.TimeoutException) {
        return true;
      }
    }
    return false;
  }

  private static boolean tooLarge(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (m.contains("exceed") || m.contains("too large") || m.contains("413")) {
        return true;
      }
    }
    return false;
  }

  private static void send(HttpServletResponse resp, int status, String html) throws IOException {
    if (resp.isCommitted()) {
      return;
    }
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    resp.setStatus(status);
    resp.setContentType("text/html; charset=utf-8");
    resp.setHeader("Cache-Control", "no-store");
    resp.setHeader("X-Content-Type-Options", "nosniff");
    resp.setHeader("Referrer-Policy", "no-referrer");
    resp.setHeader(
        "Content-Security-Policy",
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'");
    if (status == 503) {
      resp.setHeader("Retry-After", "60"); // "try again in a minute", as the page says
    }
    resp.setContentLength(body.length);
    resp.getOutputStream().write(body);
  }

  private void log(int status, String what, long started) {
    synchronized (log) {
      log.printf(
          Locale.ROOT,
          "POST /check %d %s %d ms%n",
          status,
          what,
          (System.nanoTime() - started) / 1_000_000);
      log.flush();
    }
  }

  static void deleteTree(Path dir) {
    try (var walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.deleteIfExists(p);
                } catch (IOException e) {
                  // left for the OS's temp cleaning
                }
              });
    } catch (IOException e) {
      // left for the OS's temp cleaning
    }
  }
}
