package korrektor.grade;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import korrektor.reference.ModelSpec;
import korrektor.reference.QuantityRef;
import korrektor.reference.ReferenceModel;
import korrektor.reference.Trace;
import korrektor.rubric.AutoMistakes;
import korrektor.rubric.ModelChange;
import korrektor.rubric.Part;
import korrektor.rubric.ValuePolicy;
import korrektor.rubric.Variant;

/**
 * The reference model of a part and its variants (accepted conventions, the rubric's mistakes, and
 * automatic mistakes, {@link AutoMistakes}), each with its forward trace. Built once per rubric
 * part and shared by all submissions.
 */
final class Variants {
  /** A variant with its model and trace. */
  record Model(Variant variant, ReferenceModel model, Trace trace, boolean automatic) {
    double value(QuantityRef ref, int component) {
      return trace.value(ref.quantity(), ref.step())[Math.max(0, component - 1)];
    }
  }

  private final ReferenceModel reference;
  private final Trace referenceTrace;
  private final List<Model> conventions;
  private final List<Model> mistakes;

  private Variants(ReferenceModel reference, List<Model> conventions, List<Model> mistakes) {
    this.reference = reference;
    this.referenceTrace = reference == null ? null : reference.forward();
    this.conventions = List.copyOf(conventions);
    this.mistakes = List.copyOf(mistakes);
  }

  static Variants of(ModelSpec spec, Part part) {
    if (spec == null) {
      return new Variants(null, List.of(), List.of());
    }
    ValuePolicy policy = part.policy() == null ? ValuePolicy.DEFAULT : part.policy();
    List<Model> conventions = new ArrayList<>();
    for (Variant v : policy.conventions()) {
      build(spec, v, false).ifPresent(conventions::add);
    }
    List<Model> mistakes = new ArrayList<>();
    for (Variant v : policy.mistakes()) {
      build(spec, v, false).ifPresent(mistakes::add);
    }
    if (policy.autoMistakes()) {
      java.util.Set<ModelChange> authored = new java.util.HashSet<>();
      policy.conventions().forEach(v -> authored.add(v.change()));
      policy.mistakes().forEach(v -> authored.add(v.change()));
      for (Variant v : automatic(spec, policy.autoMistakeCredit())) {
        if (!authored.contains(v.change())) { // the rubric already names this one
          build(spec, v, true).ifPresent(mistakes::add);
        }
      }
    }
    return new Variants(ReferenceModel.of(spec), conventions, mistakes);
  }

  private static Optional<Model> build(ModelSpec spec, Variant v, boolean automatic) {
    ModelSpec changed = v.change().apply(spec);
    if (!changed.validate().isEmpty()) {
      return Optional.empty();
    }
    ReferenceModel m = ReferenceModel.of(changed);
    return Optional.of(new Model(v, m, m.forward(), automatic));
  }

  /** The automatic mistakes ({@link AutoMistakes}). */
  static List<Variant> automatic(ModelSpec spec, double credit) {
    return AutoMistakes.of(spec, credit);
  }

  ReferenceModel reference() {
    return reference;
  }

  /** The reference model, then every convention and mistake: what a student's values may follow. */
  List<ReferenceModel> models() {
    List<ReferenceModel> out = new ArrayList<>();
    if (reference == null) {
      return out;
    }
    out.add(reference);
    conventions.forEach(m -> out.add(m.model()));
    mistakes.forEach(m -> out.add(m.model()));
    return out;
  }

  double[] referenceValue(QuantityRef ref) {
    return referenceTrace.value(ref.quantity(), ref.step());
  }

  List<Model> conventions() {
    return conventions;
  }

  List<Model> mistakes() {
    return mistakes;
  }
}
