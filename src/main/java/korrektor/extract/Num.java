package korrektor.extract;

import korrektor.document.Location;

/**
 * One number the student wrote, as an object: every reading that uses it points to it, so that
 * coverage can tell which numbers were read, which are distractors and which nobody explained.
 *
 * @param token the number as written
 * @param location where it stands
 * @param ordinal its position among the unit's numbers (0-based)
 */
record Num(NumberToken token, Location location, int ordinal) {

  double value() {
    return token.value();
  }

  /** Identity, not value: two equal numbers in two places are two numbers. */
  @Override
  public boolean equals(Object o) {
    return this == o;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }
}
