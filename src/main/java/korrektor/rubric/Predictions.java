package korrektor.rubric;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import korrektor.reference.ModelSpec;
import korrektor.reference.ReferenceModel;
import korrektor.reference.Trace;

/**
 * What the reference and each convention and mistake of a values part predict for the part's graded
 * items, and which of them a student's values cannot tell apart. Two predictions of an item are the
 * same when a value written to {@value #DECIMALS} decimals that passes the part's tolerance for one
 * passes it for the other. Used by {@code rubric check} (warnings) and {@code solve --all-variants}
 * (tables), so both list the same collisions.
 *
 * <p>An automatic mistake must explain at least {@value AutoMistakes#MIN_VALUES} values, so one
 * that changes fewer of the part's graded items can never apply: it is left out of {@link
 * #predictions()} and its collisions ({@link #inapplicable()} lists it).
 */
public final class Predictions {
  /** Values are compared as a student writes them: to this many decimals. */
  public static final int DECIMALS = 4;

  /** What a prediction is. */
  public enum Kind {
    REFERENCE,
    CONVENTION,
    MISTAKE,
    AUTOMATIC;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** One graded item: a quantity (a component of a vector) at a step. */
  public record Item(String quantity, int component, int step) {
    /** {@code h@2}, {@code h[1]@2}. */
    public String key() {
      return ItemKeys.format(quantity, component, step);
    }
  }

  /**
   * A model's forward pass: the reference's, or a variant's.
   *
   * @param variant the convention or mistake, or null for the reference
   */
  public record Prediction(
      String name, Kind kind, Variant variant, ReferenceModel model, Trace trace) {
    public double value(Item i) {
      return trace.value(i.quantity(), i.step())[Math.max(0, i.component() - 1)];
    }
  }

  /**
   * Two predictions a student's values cannot tell apart: on every graded item ({@code
   * everywhere}), or on {@code items} where both differ from the reference.
   */
  public record Collision(
      Prediction first, Prediction second, List<Item> items, boolean everywhere) {
    public Collision {
      items = List.copyOf(items);
    }
  }

  private final Part part;
  private final List<Item> items;
  private final List<Prediction> predictions;
  private final List<Prediction> inapplicable;

  private Predictions(
      Part part, List<Item> items, List<Prediction> predictions, List<Prediction> inapplicable) {
    this.part = part;
    this.items = List.copyOf(items);
    this.predictions = List.copyOf(predictions);
    this.inapplicable = List.copyOf(inapplicable);
  }

  /**
   * The predictions of a values part: the reference, its conventions and mistakes, and with {@code
   * automatic} the automatic mistakes the rubric does not already name. A variant whose change
   * makes the model invalid is left out (the checker reports it).
   */
  public static Predictions of(ModelSpec spec, Part part, boolean automatic) {
    Objects.requireNonNull(spec, "spec");
    ReferenceModel reference = ReferenceModel.of(spec);
    List<Prediction> out = new ArrayList<>();
    out.add(new Prediction("reference", Kind.REFERENCE, null, reference, reference.forward()));
    ValuePolicy policy = part.policy() == null ? ValuePolicy.DEFAULT : part.policy();
    java.util.Set<ModelChange> authored = new java.util.HashSet<>();
    for (Variant v : policy.conventions()) {
      add(out, spec, v, Kind.CONVENTION);
      authored.add(v.change());
    }
    for (Variant v : policy.mistakes()) {
      add(out, spec, v, Kind.MISTAKE);
      authored.add(v.change());
    }
    if (automatic && policy.autoMistakes()) {
      for (Variant v : AutoMistakes.of(spec, policy.autoMistakeCredit())) {
        if (!authored.contains(v.change())) {
          add(out, spec, v, Kind.AUTOMATIC);
        }
      }
    }
    List<Item> items = new ArrayList<>();
    for (int t : part.steps()) {
      for (String q : part.quantitiesAt(t)) {
        if (!reference.quantities().contains(q)) {
          continue;
        }
        int dim = reference.dimension(q);
        for (int c = 0; c < dim; c++) {
          items.add(new Item(q, dim > 1 ? c + 1 : 0, t));
        }
      }
    }
    Predictions all = new Predictions(part, items, out, List.of());
    List<Prediction> kept = new ArrayList<>();
    List<Prediction> never = new ArrayList<>();
    for (Prediction p : out) {
      boolean applies =
          p.kind() != Kind.AUTOMATIC || all.differences(p).size() >= AutoMistakes.MIN_VALUES;
      (applies ? kept : never).add(p);
    }
    return new Predictions(part, items, kept, never);
  }

  private static void add(List<Prediction> out, ModelSpec spec, Variant v, Kind kind) {
    ModelSpec changed = v.change().apply(spec);
    if (changed.validate().isEmpty()) {
      ReferenceModel m = ReferenceModel.of(changed);
      out.add(new Prediction(v.name(), kind, v, m, m.forward()));
    }
  }

  /** The part's graded items, step by step. */
  public List<Item> items() {
    return items;
  }

  /** The reference first, then conventions, mistakes and automatic mistakes in rubric order. */
  public List<Prediction> predictions() {
    return predictions;
  }

  public Prediction reference() {
    return predictions.get(0);
  }

  /**
   * The automatic mistakes that change fewer than {@value AutoMistakes#MIN_VALUES} graded items, so
   * never apply to this part (not in {@link #predictions()}).
   */
  public List<Prediction> inapplicable() {
    return inapplicable;
  }

  /** The prediction of that name, if any (also an automatic mistake that cannot apply). */
  public java.util.Optional<Prediction> named(String name) {
    return java.util.stream.Stream.concat(predictions.stream(), inapplicable.stream())
        .filter(p -> p.name().equals(name))
        .findFirst();
  }

  /**
   * The other automatic mistakes that predict the same values as the automatic {@code p} in every
   * graded item: the grader names the first and says the values fit the others equally well.
   */
  public List<Prediction> sameAs(Prediction p) {
    return predictions.stream()
        .filter(
            q ->
                q != p
                    && q.kind() == Kind.AUTOMATIC
                    && items.stream().allMatch(i -> same(p.value(i), q.value(i))))
        .toList();
  }

  /**
   * Whether a value written to {@value #DECIMALS} decimals cannot tell {@code a} from {@code b}.
   */
  public boolean same(double a, double b) {
    Tolerance t = part.tolerance() == null ? Tolerance.DEFAULT : part.tolerance();
    double written = Math.round(a * 1e4) / 1e4;
    int k = written == 0 ? 0 : (int) Math.floor(Math.log10(Math.abs(written)));
    int sigfigs = Math.max(1, DECIMALS + k + 1);
    return Math.abs(written - b) <= t.allowed(b, DECIMALS, sigfigs) + 1e-12
        && Math.abs(Math.round(b * 1e4) / 1e4 - a) <= t.allowed(a, DECIMALS, sigfigs) + 1e-12;
  }

  /** The items where {@code p} predicts other values than the reference. */
  public List<Item> differences(Prediction p) {
    List<Item> out = new ArrayList<>();
    for (Item i : items) {
      if (!same(p.value(i), reference().value(i))) {
        out.add(i);
      }
    }
    return out;
  }

  /**
   * Predictions a student's values cannot tell apart: a variant that predicts the reference's
   * values on every item, two variants that predict the same values on every item, and a convention
   * and a mistake that predict the same value on items where both differ from the reference.
   * Automatic mistakes take part only with a convention or mistake of the rubric, on every item:
   * two automatic ones alike are not a collision the rubric could fix (see {@link #sameAs}), and
   * one that cannot apply is left out.
   */
  public List<Collision> collisions() {
    List<Collision> out = new ArrayList<>();
    List<List<Item>> differ = new ArrayList<>();
    predictions.forEach(p -> differ.add(p.kind() == Kind.REFERENCE ? List.of() : differences(p)));
    for (int a = 1; a < predictions.size(); a++) {
      if (differ.get(a).isEmpty()) {
        out.add(new Collision(reference(), predictions.get(a), items, true));
      }
    }
    for (int a = 1; a < predictions.size(); a++) {
      for (int b = a + 1; b < predictions.size(); b++) {
        Prediction p = predictions.get(a);
        Prediction q = predictions.get(b);
        if (differ.get(a).isEmpty()
            || differ.get(b).isEmpty()
            || p.kind() == Kind.AUTOMATIC && q.kind() == Kind.AUTOMATIC) {
          continue;
        }
        List<Item> sameItems = new ArrayList<>();
        boolean everywhere = true;
        for (Item i : items) {
          if (same(p.value(i), q.value(i))) {
            sameItems.add(i);
          } else {
            everywhere = false;
          }
        }
        if (everywhere) {
          out.add(new Collision(p, q, items, true));
          continue;
        }
        boolean conventionAndMistake =
            p.kind() == Kind.CONVENTION && q.kind() == Kind.MISTAKE
                || p.kind() == Kind.MISTAKE && q.kind() == Kind.CONVENTION;
        if (conventionAndMistake) {
          List<Item> differA = differ.get(a);
          List<Item> differB = differ.get(b);
          List<Item> both =
              sameItems.stream().filter(i -> differA.contains(i) && differB.contains(i)).toList();
          if (!both.isEmpty()) {
            out.add(new Collision(p, q, both, false));
          }
        }
      }
    }
    return out;
  }
}
