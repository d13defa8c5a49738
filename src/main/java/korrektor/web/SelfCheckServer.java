package korrektor.web;

import jakarta.servlet.MultipartConfigElement;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The self-check web server ({@code korrektor serve}): Jetty with one servlet. Checks run on a
 * bounded pool ({@link ServerOptions#maxConcurrent()} at once, {@link ServerOptions#maxQueued()}
 * waiting, then 503); uploads live in a private temporary folder that is removed on close.
 */
public final class SelfCheckServer implements AutoCloseable {
  private final Server server;
  private final ServerConnector connector;
  private final ThreadPoolExecutor pool;
  private final Path uploads;

  private final java.util.concurrent.ScheduledExecutorService cutoff;

  private SelfCheckServer(
      Server server,
      ServerConnector connector,
      ThreadPoolExecutor pool,
      Path uploads,
      java.util.concurrent.ScheduledExecutorService cutoff) {
    this.cutoff = cutoff;
    this.server = server;
    this.connector = connector;
    this.pool = pool;
    this.uploads = uploads;
  }

  /**
   * Starts a server; {@code log} gets one line per upload (status, outcome, time; no names) and
   * internal errors.
   */
  public static SelfCheckServer start(SelfCheck check, ServerOptions options, PrintWriter log)
      throws Exception {
    sweep(Path.of(System.getProperty("java.io.tmpdir")));
    Path uploads =
        Files.createTempDirectory(
            UPLOADS_PREFIX + ProcessHandle.current().pid() + "-",
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            options.maxConcurrent(),
            options.maxConcurrent(),
            0,
            TimeUnit.MILLISECONDS,
            options.maxQueued() == 0
                ? new java.util.concurrent.SynchronousQueue<>()
                : new ArrayBlockingQueue<>(options.maxQueued()),
            r -> {
              Thread t = new Thread(r, "korrektor-check");
              t.setDaemon(true);
              return t;
            });
    // a thread per upload being received, waiting or checked, and some for the 503s sent when all
    // are taken
    QueuedThreadPool threads =
        new QueuedThreadPool(
            Math.max(
                16, options.maxReceiving() + options.maxConcurrent() + options.maxQueued() + 16));
    threads.setName("korrektor-web");
    Server server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    // a body that trickles in (a byte every few seconds) is cut off instead of holding a thread for
    // ever
    http.setMinRequestDataRate(options.minUploadRate());
    ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
    connector.setHost(options.host());
    connector.setPort(options.port());
    connector.setIdleTimeout(30_000);
    server.addConnector(connector);

    ServletContextHandler context =
        new ServletContextHandler("/", ServletContextHandler.NO_SESSIONS);
    context.setErrorHandler(FriendlyErrors.servlet());
    java.util.concurrent.ScheduledExecutorService cutoff =
        java.util.concurrent.Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "korrektor-upload-cutoff");
              t.setDaemon(true);
              return t;
            });
    ServletHolder holder =
        new ServletHolder(new UploadServlet(check, options, pool, uploads, log, cutoff));
    holder
        .getRegistration()
        .setMultipartConfig(
            new MultipartConfigElement(
                uploads.toString(),
                options.maxUploadBytes(),
                options.maxUploadBytes() + (64 << 10),
                1 << 20));
    context.addServlet(holder, "/");
    server.setHandler(context);
    server.setErrorHandler(FriendlyErrors.server());
    server.setStopAtShutdown(true);
    try {
      server.start();
    } catch (Exception e) {
      pool.shutdownNow();
      cutoff.shutdownNow();
      UploadServlet.deleteTree(uploads);
      throw e;
    }
    return new SelfCheckServer(server, connector, pool, uploads, cutoff);
  }

  private static final String UPLOADS_PREFIX = "korrektor-serve-";

  /**
   * Removes the uploads folders of servers that ended without removing theirs (killed with {@code
   * kill -9}, or the machine went down): named with their process id, like the zip folders.
   */
  static void sweep(Path tmp) {
    try (java.nio.file.DirectoryStream<Path> folders =
        Files.newDirectoryStream(tmp, UPLOADS_PREFIX + "*")) {
      for (Path folder : folders) {
        String rest = folder.getFileName().toString().substring(UPLOADS_PREFIX.length());
        int dash = rest.indexOf('-');
        try {
          long pid = Long.parseLong(dash < 0 ? rest : rest.substring(0, dash));
          if (ProcessHandle.of(pid).isEmpty()) {
            UploadServlet.deleteTree(folder);
          }
        } catch (NumberFormatException e) {
          // not one of ours
        }
      }
    } catch (java.io.IOException e) {
      // nothing to sweep
    }
  }

  /** The port listened on (the free one picked when the options said 0). */
  public int port() {
    return connector.getLocalPort();
  }

  /** {@code http://host:port/}, with 127.0.0.1 for a server on every interface. */
  public URI uri() {
    String host =
        connector.getHost() == null || connector.getHost().equals("0.0.0.0")
            ? "127.0.0.1"
            : connector.getHost();
    return URI.create(
        "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/");
  }

  /** The private folder uploads pass through (empty between requests). */
  Path uploadsFolder() {
    return uploads;
  }

  /** Waits until the server stops. */
  public void join() throws InterruptedException {
    server.join();
  }

  /** Stops listening, ends checks still running and removes the uploads folder. */
  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException(
          "the self-check server did not stop cleanly: " + e.getMessage(), e);
    } finally {
      pool.shutdownNow();
      cutoff.shutdownNow();
      UploadServlet.deleteTree(uploads);
    }
  }
}
