package korrektor.document;

/**
 * A picture in a document: an embedded image, a spreadsheet chart, or a vector drawing.
 *
 * @param kind what it is
 * @param description a short phrase, e.g. "line chart" or "image 640x480"
 * @param location where it is
 */
public record Figure(Kind kind, String description, Location location) {

  /** The kinds of figure a reader can report. */
  public enum Kind {
    IMAGE,
    CHART,
    DRAWING
  }
}
