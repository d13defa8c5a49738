package korrektor.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import korrektor.document.ReadLimits;
import korrektor.document.read.DocumentReaders;
import korrektor.rubric.Rubric;
import korrektor.web.SelfCheck;
import korrektor.web.SelfCheckServer;
import korrektor.web.ServerOptions;
import korrektor.web.StudentMode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code korrektor serve --rubric R}: the self-check web page, where students upload a file and get
 * feedback.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the self-check page: students upload a file and see, per question, what was found, what "
          + "is fine and what to look at again. Expected values are never shown unless the rubric says reveal: "
          + "after-deadline; the rubric itself is never served. Nothing is stored unless --store is given.",
      "Stop it with Ctrl-C. See docs/selfcheck.md."
    })
final class ServeCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @Mixin RubricOption rubric = new RubricOption();

  @Option(
      names = "--port",
      defaultValue = "8080",
      paramLabel = "PORT",
      description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      paramLabel = "ADDRESS",
      description =
          "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
  String host;

  @Option(
      names = "--max-upload",
      defaultValue = "10",
      paramLabel = "MB",
      description = "Largest upload (default: ${DEFAULT-VALUE} MB).")
  int maxUploadMb;

  @Option(
      names = "--max-concurrent",
      paramLabel = "N",
      description = "Files checked at once (default: number of cores).")
  Integer maxConcurrent;

  @Option(
      names = "--max-queued",
      defaultValue = "100",
      paramLabel = "N",
      description =
          "Uploads waiting for a free slot; more are told to try again (default: ${DEFAULT-VALUE}).")
  int maxQueued;

  @Option(
      names = "--request-timeout",
      defaultValue = "120",
      paramLabel = "SECONDS",
      description =
          "Time from a complete upload to its answer, waiting included (default: ${DEFAULT-VALUE}).")
  int requestTimeout;

  @Option(
      names = "--upload-timeout",
      defaultValue = "60",
      paramLabel = "SECONDS",
      description =
          "Time to receive one upload, whatever its speed; a slower one is cut off (default: ${DEFAULT-VALUE}).")
  int uploadTimeout;

  @Option(
      names = "--max-receiving",
      defaultValue = "100",
      paramLabel = "N",
      description =
          "Uploads received at once; more are told to try again (default: ${DEFAULT-VALUE}).")
  int maxReceiving;

  @Mixin ReaderOptions reading = new ReaderOptions();

  @Option(names = "--no-isolation", description = ReaderOptions.NO_ISOLATION)
  void noIsolation(boolean value) {
    reading.noIsolation = value;
  }

  @Option(
      names = "--store",
      paramLabel = "DIR",
      description = "Keep every upload and its report in DIR (default: keep nothing).")
  Path store;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Rubric r = rubric.load(spec);
    if (r == null) {
      return 2;
    }
    ServerOptions options;
    try {
      if (reading.problem() != null) {
        throw new IllegalArgumentException(reading.problem().replaceAll("\\.$", ""));
      }
      if (requestTimeout < 1 || maxUploadMb < 1 || uploadTimeout < 1 || maxReceiving < 1) {
        throw new IllegalArgumentException(
            "--request-timeout, --upload-timeout, --max-upload and --max-receiving must be"
                + " at least 1");
      }
      options =
          ServerOptions.DEFAULT
              .withHost(host)
              .withPort(port)
              .withMaxUploadBytes((long) maxUploadMb << 20)
              .withMaxQueued(maxQueued)
              .withRequestTimeout(Duration.ofSeconds(requestTimeout))
              .withStore(store)
              .withUploadTimeout(Duration.ofSeconds(uploadTimeout))
              .withMaxReceiving(maxReceiving);
      if (maxConcurrent != null) {
        options = options.withMaxConcurrent(maxConcurrent);
      }
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage() + ".");
      return 2;
    }
    // every upload is read and graded in a grading process of its own (time and memory per file),
    // unless
    // --no-isolation says the files are trusted; the processes live as long as the server
    SelfCheck check =
        reading.noIsolation
            ? new SelfCheck(
                r, (f, name) -> DocumentReaders.standard().read(f, name, ReadLimits.DEFAULT))
            : SelfCheck.isolated(
                r,
                rubric.text,
                rubric.file.toString(),
                ReadLimits.DEFAULT,
                reading.isolation(),
                options.maxConcurrent());
    SelfCheckServer server;
    try {
      server = SelfCheckServer.start(check, options, err);
    } catch (java.io.IOException e) {
      check.close();
      err.println(
          "Cannot listen on "
              + host
              + ":"
              + port
              + " ("
              + e.getMessage()
              + "); choose another --port or --host.");
      return 2;
    }
    // Ctrl-C or SIGTERM: stop listening, end the grading processes, delete the uploads folder
    Thread stop =
        new Thread(
            () -> {
              server.close();
              check.close();
            },
            "korrektor-serve-shutdown");
    Runtime.getRuntime().addShutdownHook(stop);
    out.println(
        "Self-check for "
            + r.title()
            + " at "
            + server.uri()
            + (StudentMode.reveals(r)
                ? " (reveal: after-deadline, expected values are shown)"
                : " (expected values are not shown)")
            + (store != null ? "; uploads are kept in " + store : "; nothing is stored")
            + ". Stop with Ctrl-C.");
    out.flush();
    server.join();
    try {
      Runtime.getRuntime().removeShutdownHook(stop);
    } catch (IllegalStateException e) {
      // already shutting down: the hook does it
      return 0;
    }
    server.close();
    check.close();
    return 0;
  }
}
