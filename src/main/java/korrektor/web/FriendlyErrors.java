package korrektor.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import org.eclipse.jetty.server.Request;

/**
 * Jetty's own error responses (a malformed request, a header too large, an unknown method) as
 * friendly pages: the status's meaning and what to do, never a message, cause or stack trace.
 */
final class FriendlyErrors {
  private FriendlyErrors() {}

  /** For the server (requests that never reach the servlet). */
  static org.eclipse.jetty.server.handler.ErrorHandler server() {
    var h =
        new org.eclipse.jetty.server.handler.ErrorHandler() {
          @Override
          protected void writeErrorHtml(
              Request request,
              Writer writer,
              Charset charset,
              int code,
              String message,
              Throwable cause)
              throws IOException {
            writer.write(page(code));
          }

          @Override
          protected void writeErrorPlain(
              Request request, PrintWriter writer, int code, String message, Throwable cause) {
            writer.write(text(code));
          }

          @Override
          protected void writeErrorJson(
              Request request, PrintWriter writer, int code, String message, Throwable cause) {
            writer.write("{\"status\":" + code + "}");
          }
        };
    quiet(h);
    return h;
  }

  /** For the servlet context (errors raised around the servlet). */
  static org.eclipse.jetty.ee10.servlet.ErrorHandler servlet() {
    var h =
        new org.eclipse.jetty.ee10.servlet.ErrorHandler() {
          @Override
          protected void writeErrorHtml(
              Request request,
              Writer writer,
              Charset charset,
              int code,
              String message,
              Throwable cause)
              throws IOException {
            writer.write(page(code));
          }

          @Override
          protected void writeErrorPlain(
              Request request, PrintWriter writer, int code, String message, Throwable cause) {
            writer.write(text(code));
          }

          @Override
          protected void writeErrorJson(
              Request request, PrintWriter writer, int code, String message, Throwable cause) {
            writer.write("{\"status\":" + code + "}");
          }
        };
    quiet(h);
    return h;
  }

  private static void quiet(org.eclipse.jetty.server.handler.ErrorHandler h) {
    h.setShowStacks(false);
    h.setShowCauses(false);
    h.setShowMessageInTitle(false);
  }

  static String page(int code) {
    return HtmlPage.error(title(code), text(code));
  }

  static String title(int code) {
    return switch (code) {
      case 404 -> "Not found";
      case 405 -> "Not allowed";
      case 413 -> "File too large";
      case 503 -> "Busy";
      default -> code >= 500 ? "Something went wrong" : "Bad request";
    };
  }

  static String text(int code) {
    return switch (code) {
      case 404 -> "There is nothing here. Go to the start page to check a file.";
      case 405 ->
          "This page only accepts uploads from the self-check form. Go to the start page to check a file.";
      case 413 -> "The upload is too large. Hand in a smaller file (a plain PDF, xlsx or CSV).";
      case 503 -> "The self-check is busy. Please try again in a minute.";
      default ->
          code >= 500
              ? "The self-check could not answer this request. Please try again in a minute."
              : "The request could not be understood. Go to the start page and upload your file with the form.";
    };
  }
}
