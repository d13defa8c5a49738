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

  private SelfCheckServer(Server server, ServerConnector connector, ThreadPoolExecutor pool, Path uploads) {
    this.server = server;
    this.connector = connector;
    this.pool = pool;
    this.uploads = uploads;
  }

  /** Starts a server; {@code log} gets one line per upload (status, outcome, time; no names) and internal errors. */
  public static SelfCheckServer start(SelfCheck check, ServerOptions options, PrintWriter log) throws Exception {
    Path uploads = Files.createTempDirectory("korrektor-serve",
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    ThreadPoolExecutor pool = new ThreadPoolExecutor(options.maxConcurrent(), options.maxConcurrent(), 0, TimeUnit.MILLISECONDS,
        options.maxQueued() == 0 ? new java.util.concurrent.SynchronousQueue<>() : new ArrayBlockingQueue<>(options.maxQueued()),
        r -> {
          Thread t = new Thread(r, "korrektor-check");
          t.setDaemon(true);
          return t;
        });
    QueuedThreadPool threads = new QueuedThreadPool(Math.max(16, options.maxConcurrent() + options.maxQueued() + 8));
    threads.setName("korrektor-web");
    Server server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
    connector.setHost(options.host());
    connector.setPort(options.port());
    connector.setIdleTimeout(30_000);
    server.addConnector(connector);

    ServletContextHandler context = new ServletContextHandler("/", ServletContextHandler.NO_SESSIONS);
    context.setErrorHandler(FriendlyErrors.servlet());
    ServletHolder holder = new ServletHolder(new UploadServlet(check, options, pool, uploads, log));
    holder.getRegistration().setMultipartConfig(new MultipartConfigElement(uploads.toString(), options.maxUploadBytes(),
        options.maxUploadBytes() + (64 << 10), 1 << 20));
    context.addServlet(holder, "/");
    server.setHandler(context);
    server.setErrorHandler(FriendlyErrors.server());
    server.setStopAtShutdown(true);
    try {
      server.start();
    } catch (Exception e) {
      pool.shutdownNow();
      UploadServlet.deleteTree(uploads);
      throw e;
    }
    return new SelfCheckServer(server, connector, pool, uploads);
  }

  /** The port listened on (the free one picked when the options said 0). */
  public int port() {
    return connector.getLocalPort();
  }

  /** {@code http://host:port/}, with 127.0.0.1 for a server on every interface. */
  public URI uri() {
    String host = connector.getHost() == null || connector.getHost().equals("0.0.0.0") ? "127.0.0.1" : connector.getHost();
    return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/");
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
      throw new IllegalStateException("the self-check server did not stop cleanly: " + e.getMessage(), e);
    } finally {
      pool.shutdownNow();
      UploadServlet.deleteTree(uploads);
    }
  }
}
