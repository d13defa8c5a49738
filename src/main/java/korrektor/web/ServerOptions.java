package korrektor.web;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How {@code korrektor serve} runs: where it listens and what one request may cost.
 *
 * @param host the address to listen on ({@code 127.0.0.1}: this machine only; {@code 0.0.0.0}: every interface)
 * @param port the port; 0 picks a free one
 * @param maxUploadBytes largest file a student may upload
 * @param maxConcurrent files checked at once
 * @param maxQueued uploads waiting for a free slot; more get "busy, try again"
 * @param requestTimeout time from a complete upload to its answer, waiting included
 * @param store where to keep uploads and their reports, or null to keep nothing
 */
public record ServerOptions(String host, int port, long maxUploadBytes, int maxConcurrent, int maxQueued,
    Duration requestTimeout, Path store) {

  /** Loopback, port 8080, 10 MB, one check per core, 100 waiting, 120 s per request, nothing stored. */
  public static final ServerOptions DEFAULT = new ServerOptions("127.0.0.1", 8080, 10L << 20,
      Math.max(1, Runtime.getRuntime().availableProcessors()), 100, Duration.ofSeconds(120), null);

  public ServerOptions {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("host must be an address, e.g. 127.0.0.1 or 0.0.0.0");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be within 0..65535 (0 picks a free one), not " + port);
    }
    if (maxUploadBytes < 1024 || maxConcurrent < 1 || maxQueued < 0) {
      throw new IllegalArgumentException("the upload limit must be at least 1 KB, concurrent checks at least 1"
          + " and the queue at least 0");
    }
    if (requestTimeout.isNegative() || requestTimeout.isZero()) {
      throw new IllegalArgumentException("the request timeout must be positive");
    }
  }

  public ServerOptions withHost(String h) {
    return new ServerOptions(h, port, maxUploadBytes, maxConcurrent, maxQueued, requestTimeout, store);
  }

  public ServerOptions withPort(int p) {
    return new ServerOptions(host, p, maxUploadBytes, maxConcurrent, maxQueued, requestTimeout, store);
  }

  public ServerOptions withMaxUploadBytes(long bytes) {
    return new ServerOptions(host, port, bytes, maxConcurrent, maxQueued, requestTimeout, store);
  }

  public ServerOptions withMaxConcurrent(int n) {
    return new ServerOptions(host, port, maxUploadBytes, n, maxQueued, requestTimeout, store);
  }

  public ServerOptions withMaxQueued(int n) {
    return new ServerOptions(host, port, maxUploadBytes, maxConcurrent, n, requestTimeout, store);
  }

  public ServerOptions withRequestTimeout(Duration d) {
    return new ServerOptions(host, port, maxUploadBytes, maxConcurrent, maxQueued, d, store);
  }

  public ServerOptions withStore(Path dir) {
    return new ServerOptions(host, port, maxUploadBytes, maxConcurrent, maxQueued, requestTimeout, dir);
  }
}
