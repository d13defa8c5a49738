package korrektor.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The review page's server ({@code korrektor review OUT}): the JDK's HTTP server on 127.0.0.1,
 * every path under a random token ({@code /TOKEN/…}). A request without the token gets 403; the
 * page, its API and the files of the output folder are served, nothing else (404). The graded
 * submissions are shown only as evidence fragments, looked up by student and item, never by a path
 * a client sends.
 */
public final class ReviewServer implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long MAX_BODY = 64 << 10;
  private static final String PAGE_CSP =
      "default-src 'none'; img-src data:; style-src 'unsafe-inline';"
          + " script-src 'unsafe-inline'; connect-src 'self'; base-uri 'none'; form-action 'none'";

  private static final int EVIDENCE_SECONDS = 30;

  private final HttpServer server;
  private final ExecutorService pool;
  private final ExecutorService evidencePool =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "korrektor-review-evidence");
            t.setDaemon(true);
            return t;
          });
  private final ReviewSession session;
  private final Path out;
  private final String token;
  private final PrintWriter log;

  private ReviewServer(
      HttpServer server,
      ExecutorService pool,
      ReviewSession session,
      Path out,
      String token,
      PrintWriter log) {
    this.server = server;
    this.pool = pool;
    this.session = session;
    this.out = out;
    this.token = token;
    this.log = log;
  }

  /**
   * Starts serving {@code session} over the output folder {@code out} on 127.0.0.1:{@code port} (0:
   * a free port).
   */
  public static ReviewServer start(ReviewSession session, Path out, int port, PrintWriter log)
      throws IOException {
    byte[] random = new byte[24];
    new SecureRandom().nextBytes(random);
    String token = HexFormat.of().formatHex(random);
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
    ExecutorService pool =
        Executors.newFixedThreadPool(
            4,
            r -> {
              Thread t = new Thread(r, "korrektor-review");
              t.setDaemon(true);
              return t;
            });
    ReviewServer s =
        new ReviewServer(server, pool, session, out.toAbsolutePath().normalize(), token, log);
    server.createContext("/", s::handle);
    server.setExecutor(pool);
    server.start();
    return s;
  }

  /** The page's address, token included. */
  public URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/" + token + "/");
  }

  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
    evidencePool.shutdownNow();
  }

  private void handle(HttpExchange x) throws IOException {
    try (x) {
      Map<String, String> h = new LinkedHashMap<>();
      h.put("Cache-Control", "no-store");
      h.put("Referrer-Policy", "no-referrer");
      h.put("X-Content-Type-Options", "nosniff");
      h.put("X-Frame-Options", "DENY");
      h.forEach((k, v) -> x.getResponseHeaders().set(k, v));
      String path = x.getRequestURI().getRawPath();
      String prefix = "/" + token + "/";
      String host = x.getRequestHeaders().getFirst("Host");
      // the token is the key; the Host check keeps a page on another site from reaching us by DNS
      // rebinding
      if (!startsWithToken(path, prefix)
          || host == null
          || !host.matches("(127\\.0\\.0\\.1|localhost):" + port())) {
        text(x, 403, "Forbidden: open the address korrektor review printed, token included.");
        return;
      }
      String rest = path.substring(prefix.length());
      String method = x.getRequestMethod();
      try {
        route(x, method, rest);
      } catch (IllegalArgumentException e) {
        text(x, 400, e.getMessage());
      } catch (IOException | RuntimeException e) {
        log.println(
            "review: " + method + " " + rest.replaceAll("[^\\x20-\\x7e]", "?") + " failed: " + e);
        log.flush();
        text(x, 500, "Failed: " + e.getMessage());
      }
    }
  }

  private boolean startsWithToken(String path, String prefix) {
    if (path.length() < prefix.length()) {
      return false;
    }
    return MessageDigest.isEqual(
        path.substring(0, prefix.length()).getBytes(StandardCharsets.UTF_8),
        prefix.getBytes(StandardCharsets.UTF_8));
  }

  private void route(HttpExchange x, String method, String rest) throws IOException {
    boolean get = method.equals("GET") || method.equals("HEAD");
    boolean post = method.equals("POST");
    if (rest.isEmpty() && get) {
      x.getResponseHeaders().set("Content-Security-Policy", PAGE_CSP);
      send(x, 200, "text/html; charset=utf-8", page());
    } else if (rest.equals("api/queue") && get) {
      json(x, session.view());
    } else if (rest.equals("api/evidence") && get) {
      Map<String, String> q = query(x.getRequestURI().getRawQuery());
      String html;
      try {
        // the student's file is read here: a file that stalls the reader costs this request, not
        // the page
        html =
            java.util.concurrent.CompletableFuture.supplyAsync(
                    () ->
                        session.evidence(q.getOrDefault("student", ""), q.getOrDefault("item", "")),
                    evidencePool)
                .get(EVIDENCE_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
      } catch (java.util.concurrent.TimeoutException e) {
        text(
            x,
            503,
            "Reading the student's file took longer than "
                + EVIDENCE_SECONDS
                + " s; open it from the"
                + " submissions folder.");
        return;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted");
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IOException(String.valueOf(e.getCause()), e.getCause());
      }
      if (html == null) {
        text(x, 404, "No such review item.");
      } else {
        send(x, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
      }
    } else if (rest.equals("api/decide") && post) {
      JsonNode body = body(x);
      List<ReviewSession.Key> keys = new ArrayList<>();
      for (JsonNode k : body.path("keys")) {
        keys.add(new ReviewSession.Key(k.path("student").asText(), k.path("item").asText()));
      }
      session.decide(keys, body.path("points").asText(""), body.path("comment").asText(""));
      json(x, session.view());
    } else if (rest.equals("api/undo") && post) {
      body(x);
      session.undo();
      json(x, session.view());
    } else if (rest.equals("api/publish") && post) {
      body(x);
      session.publish();
      json(x, session.view());
    } else if (rest.startsWith("out/") && get) {
      outputFile(x, rest.substring(4));
    } else {
      text(x, 404, "Not found.");
    }
  }

  /**
   * A file of the output folder (report.html, feedback/…): every segment a plain name (no {@code .}
   * or {@code ..}, no hidden file, no separator), a regular file, and still inside the folder once
   * links are resolved; else 404.
   */
  private void outputFile(HttpExchange x, String raw) throws IOException {
    Path p = out;
    for (String segment : raw.split("/", -1)) {
      String name = URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
      if (name.isEmpty()
          || name.startsWith(".")
          || name.contains("/")
          || name.contains("\\")
          || name.indexOf(0) >= 0) {
        text(x, 404, "Not found.");
        return;
      }
      p = p.resolve(name);
    }
    p = p.normalize();
    if (!p.startsWith(out)
        || !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
        || !p.toRealPath().startsWith(out.toRealPath())) {
      text(x, 404, "Not found.");
      return;
    }
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    String type =
        name.endsWith(".html")
            ? "text/html; charset=utf-8"
            : name.endsWith(".csv") || name.endsWith(".md")
                ? "text/plain; charset=utf-8"
                : name.endsWith(".json")
                    ? "application/json"
                    : name.endsWith(".pdf") ? "application/pdf" : "application/octet-stream";
    // the output folder's pages show what students wrote: no script of theirs runs, whatever it
    // says
    x.getResponseHeaders()
        .set(
            "Content-Security-Policy",
            "default-src 'none'; img-src data:; style-src 'unsafe-inline'; sandbox");
    send(x, 200, type, Files.readAllBytes(p));
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> q = new LinkedHashMap<>();
    if (raw == null) {
      return q;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        q.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return q;
  }

  private static JsonNode body(HttpExchange x) throws IOException {
    try (InputStream in = x.getRequestBody()) {
      byte[] b = in.readNBytes((int) MAX_BODY + 1);
      if (b.length > MAX_BODY) {
        throw new IllegalArgumentException("request too large");
      }
      if (b.length == 0) {
        return JSON.createObjectNode();
      }
      try {
        return JSON.readTree(b);
      } catch (IOException e) {
        throw new IllegalArgumentException("not JSON");
      }
    }
  }

  private static byte[] page() throws IOException {
    try (InputStream in = ReviewServer.class.getResourceAsStream("review.html")) {
      if (in == null) {
        throw new IOException("review.html is missing from the jar");
      }
      return in.readAllBytes();
    }
  }

  private static void json(HttpExchange x, Object value) throws IOException {
    send(x, 200, "application/json", JSON.writeValueAsBytes(value));
  }

  private static void text(HttpExchange x, int status, String message) throws IOException {
    send(x, status, "text/plain; charset=utf-8", message.getBytes(StandardCharsets.UTF_8));
  }

  private static void send(HttpExchange x, int status, String type, byte[] body)
      throws IOException {
    x.getResponseHeaders().set("Content-Type", type);
    boolean head = x.getRequestMethod().equals("HEAD");
    x.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
    if (!head && body.length > 0) {
      try (OutputStream o = x.getResponseBody()) {
        o.write(body);
      }
    }
  }
}
