package korrektor.rubric;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What the sheet's rules say beyond points ({@code policies:} in a rubric).
 *
 * @param missingName what happens when the student's name is not on the sheet ("Nameless files will
 *     NOT be graded"): flag it for review, or score it 0
 * @param group what a group submission earns ("Group submissions earn 0 points, but count as
 *     participation")
 * @param plagiarism what a confirmed plagiarism case earns ("you will receive no points for it")
 */
public record Policies(MissingName missingName, Group group, Plagiarism plagiarism) {

  /** The default: a missing name is flagged; groups and plagiarism as sheet 9 says. */
  public static final Policies DEFAULT =
      new Policies(MissingName.FLAG, Group.DEFAULT, Plagiarism.DEFAULT);

  public Policies {
    Objects.requireNonNull(missingName, "missingName");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(plagiarism, "plagiarism");
  }

  /** Policies with the default group and plagiarism rules. */
  public Policies(MissingName missingName) {
    this(missingName, Group.DEFAULT, Plagiarism.DEFAULT);
  }

  /**
   * A group submission: one sheet for several people.
   *
   * @param points the score a group submission gets (a whole-submission total, at most the maximum)
   * @param participation whether it counts as participation
   * @param apply when the policy is applied by itself: {@code declared} (a sheet that names several
   *     authors is a group submission by the students' own statement), or only when a tutor
   *     confirms it ({@code confirmed}); the same file from several students always needs a tutor
   */
  public record Group(double points, boolean participation, Apply apply) {
    public static final Group DEFAULT = new Group(0, true, Apply.DECLARED);

    public Group {
      Objects.requireNonNull(apply, "apply");
      if (points < 0 || Double.isNaN(points)) {
        throw new IllegalArgumentException("group points must be at least 0");
      }
    }

    /** When a group policy applies without a tutor. */
    public enum Apply {
      DECLARED,
      CONFIRMED;

      public String id() {
        return name().toLowerCase(Locale.ROOT);
      }

      public static Optional<Apply> parse(String s) {
        for (Apply a : values()) {
          if (a.id().equals(s.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of(a);
          }
        }
        return Optional.empty();
      }
    }
  }

  /**
   * A plagiarism case a tutor has confirmed; never applied without one.
   *
   * @param points the score a confirmed case gets
   * @param participation whether it still counts as participation
   */
  public record Plagiarism(double points, boolean participation) {
    public static final Plagiarism DEFAULT = new Plagiarism(0, false);

    public Plagiarism {
      if (points < 0 || Double.isNaN(points)) {
        throw new IllegalArgumentException("plagiarism points must be at least 0");
      }
    }
  }

  /** What to do with a submission whose sheet does not carry the student's name. */
  public enum MissingName {
    FLAG,
    ZERO;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<MissingName> parse(String s) {
      for (MissingName m : values()) {
        if (m.id().equals(s.strip().toLowerCase(Locale.ROOT))) {
          return Optional.of(m);
        }
      }
      return Optional.empty();
    }
  }
}
