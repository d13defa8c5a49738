package korrektor.conformance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import korrektor.reference.ModelSpec;
import korrektor.reference.ModelType;
import korrektor.reference.ReferenceModel;
import korrektor.reference.Trace;
import korrektor.rubric.Part;
import korrektor.rubric.PartKind;
import korrektor.rubric.Question;
import korrektor.rubric.Rubric;
import korrektor.rubric.RubricException;
import korrektor.rubric.RubricReader;
import korrektor.rubric.Tolerance;

/**
 * A rubric under test: its first values part, the reference model, and the slots the part grades,
 * read through the public rubric and model APIs only.
 *
 * @param name short name for reports ({@code sheet09})
 * @param file where the rubric was read from
 * @param rubric the rubric
 * @param question the question holding the values part
 * @param part the values part
 * @param model the reference model
 * @param slots every graded slot, in step order then rubric item order
 */
record RubricCase(
    String name,
    Path file,
    Rubric rubric,
    Question question,
    Part part,
    ReferenceModel model,
    List<Slot> slots) {

  RubricCase {
    slots = List.copyOf(slots);
  }

  /** Reads a rubric file and finds its first values part. */
  static RubricCase load(String name, Path file) {
    Rubric rubric;
    try {
      rubric = RubricReader.read(file);
    } catch (RubricException e) {
      throw new IllegalStateException("rubric " + file + " does not read: " + e.getMessage(), e);
    }
    for (Question q : rubric.questions()) {
      for (Part p : q.parts()) {
        if (p.kind() == PartKind.VALUES) {
          ReferenceModel model = ReferenceModel.of(rubric.model());
          List<Slot> slots = new ArrayList<>();
          for (int step : p.steps()) {
            for (String quantity : orderedQuantities(model, p)) {
              int dim = model.dimension(quantity);
              for (int c = dim == 1 ? 0 : 1; c <= (dim == 1 ? 0 : dim); c++) {
                slots.add(new Slot(quantity, c, step));
              }
            }
          }
          return new RubricCase(name, file, rubric, q, p, model, slots);
        }
      }
    }
    throw new IllegalStateException("rubric " + file + " has no values part");
  }

  private static List<String> orderedQuantities(ReferenceModel model, Part part) {
    List<String> out = new ArrayList<>();
    for (String q : model.quantities()) {
      if (part.itemPoints().containsKey(q)) {
        out.add(q);
      }
    }
    return out;
  }

  /** The graded quantities in the model's computation order. */
  List<String> quantities() {
    return orderedQuantities(model, part);
  }

  /** Components of a quantity (1 for scalars). */
  int dimension(String quantity) {
    return model.dimension(quantity);
  }

  /** Number of time steps. */
  int steps() {
    return model.steps();
  }

  ModelSpec spec() {
    return rubric.model();
  }

  boolean isLstm() {
    return spec().type() == ModelType.LSTM;
  }

  /** The tolerance the part grades with. */
  Tolerance tolerance() {
    return part.tolerance() != null ? part.tolerance() : Tolerance.DEFAULT;
  }

  /** The reference forward pass. */
  Trace reference() {
    return model.forward();
  }
}
