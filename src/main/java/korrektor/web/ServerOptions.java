package korrektor.web;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How {@code korrektor serve} runs: where it listens and what one request may cost.
 *
 * @param host the address to listen on ({@code 127.0.0.1}: this machine only; {@code 0.0.0.0}:
 *     every interface)
 * @param port the port; 0 picks a free one
 * @param maxUploadBytes largest file a student may upload
 * @param maxConcurrent files checked at once
 * @param maxQueued uploads waiting for a free slot; more get "busy, try again"
 * @param requestTimeout time from a complete upload to its answer, waiting included
 * @param store where to keep uploads and their reports, or null to keep nothing
 * @param maxReceiving uploads being received at once; more are told to try again (their body is not
 *     read)
 * @param uploadTimeout time to receive one upload's body, whatever its rate
 * @param minUploadRate bytes per second an upload must keep to on average once under way (Jetty's
 *     minimum request data rate): a body trickling in is cut off long before {@code uploadTimeout}
 */
public record ServerOptions(
    String host,
    int port,
    long maxUploadBytes,
    int maxConcurrent,
    int maxQueued,
    Duration requestTimeout,
    Path store,
    int maxReceiving,
    Duration uploadTimeout,
    long minUploadRate) {

  /**
   * Loopback, port 8080, 10 MB, one check per core, 100 waiting, 120 s per request, nothing stored,
   * 100 uploads received at once, each within 60 s and at 4 KB/s at least.
   */
  public static final ServerOptions DEFAULT =
      new ServerOptions(
          "127.0.0.1",
          8080,
          10L << 20,
          Math.max(1, Runtime.getRuntime().availableProcessors()),
          100,
          Duration.ofSeconds(120),
          null,
          100,
          Duration.ofSeconds(60),
          4096);

  /**
   * The options without the upload limits (the form before they existed); those get their defaults.
   */
  public ServerOptions(
      String host,
      int port,
      long maxUploadBytes,
      int maxConcurrent,
      int maxQueued,
      Duration requestTimeout,
      Path store) {
    this(
        host,
        port,
        maxUploadBytes,
        maxConcurrent,
        maxQueued,
        requestTimeout,
        store,
        100,
        Duration.ofSeconds(60),
        4096);
  }

  public ServerOptions {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("host must be an address, e.g. 127.0.0.1 or 0.0.0.0");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException(
          "port must be within 0..65535 (0 picks a free one), not " + port);
    }
    if (maxUploadBytes < 1024 || maxConcurrent < 1 || maxQueued < 0) {
      throw new IllegalArgumentException(
          "the upload limit must be at least 1 KB, concurrent checks at least 1"
              + " and the queue at least 0");
    }
    if (requestTimeout.isNegative() || requestTimeout.isZero()) {
      throw new IllegalArgumentException("the request timeout must be positive");
    }
    if (maxReceiving < 1
        || uploadTimeout.isNegative()
        || uploadTimeout.isZero()
        || minUploadRate < 0) {
      throw new IllegalArgumentException(
          "uploads received at once must be at least 1, the upload timeout positive and"
              + " the minimum upload rate at least 0");
    }
  }

  public ServerOptions withHost(String h) {
    return new ServerOptions(
        h,
        port,
        maxUploadBytes,
        maxConcurrent,
        maxQueued,
        requestTimeout,
        store,
        maxReceiving,
        uploadTimeout,
        minUploadRate);
  }

  public ServerOptions withPort(int p) {
    return new ServerOptions(
        host,
        p,
        maxUploadBytes,
        maxConcurrent,
        maxQueued,
        requestTimeout,
        store,
        maxReceiving,
        uploadTimeout,
        minUploadRate);
  }

  public ServerOptions withMaxUploadBytes(long bytes) {
    return new ServerOptions(
        host,
        port,
        bytes,
        maxConcurrent,
        maxQueued,
        requestTimeout,
        store,
        maxReceiving,
        uploadTimeout,
        minUploadRate);
  }

  public ServerOptions withMaxConcurrent(int n) {
    return new ServerOptions(
        host,
        port,
        maxUploadBytes,
        n,
        maxQueued,
        requestTimeout,
        store,
        maxReceiving,
        uploadTimeout,
        minUploadRate);
  }

  public ServerOptions withMaxQueued(int n) {
    return new ServerOptions(
        host,
        port,
        maxUploadBytes,
        maxConcurrent,
        n,
        requestTimeout,
        store,
        maxReceiving,
        uploadTimeout,
        minUploadRate);
  }

  public ServerOptions withRequestTimeout(Duration d) {
    return new ServerOptions(
        host,
        port,
        maxUploadBytes,
        maxConcurrent,
        maxQueued,
        d,
        store,
        maxReceiving,
        uploadTimeout,
        minUploadRate);
  }

  public ServerOptions withStore(Path dir) {
    return new ServerOptions(
        host,
        port,
        maxUploadBytes,
        maxConcurrent,
        maxQueued,
        requestTimeout,
        dir,
        maxReceiving,
        uploadTimeout,
        minUploadRate);
  }

  public ServerOptions withMaxReceiving(int n) {
    return new ServerOptions(
        host,
        port,
        maxUploadBytes,
        maxConcurrent,
        maxQueued,
        requestTimeout,
        store,
        n,
        uploadTimeout,
        minUploadRate);
  }

  public ServerOptions withUploadTimeout(Duration d) {
    return new ServerOptions(
        host,
        port,
        maxUploadBytes,
        maxConcurrent,
        maxQueued,
        requestTimeout,
        store,
        maxReceiving,
        d,
        minUploadRate);
  }

  public ServerOptions withMinUploadRate(long bytesPerSecond) {
    return new ServerOptions(
        host,
        port,
        maxUploadBytes,
        maxConcurrent,
        maxQueued,
        requestTimeout,
        store,
        maxReceiving,
        uploadTimeout,
        bytesPerSecond);
  }
}
