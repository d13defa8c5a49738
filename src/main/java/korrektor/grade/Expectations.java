package korrektor.grade;

import java.util.LinkedHashMap;
import java.util.Map;
import korrektor.reference.ReferenceModel;
import korrektor.reference.Trace;
import korrektor.rubric.ItemKeys;
import korrektor.rubric.Part;
import korrektor.rubric.PartKind;
import korrektor.rubric.Question;
import korrektor.rubric.Rubric;

/**
 * The expected value of every graded item: computed by the rubric's reference model, unless the
 * part gives a literal value. Keyed by {@code question/part/item} ({@code 17/forward/h@2}).
 */
public final class Expectations {
  private final Map<Key, Double> values;

  /** One graded item of one part (a record, not a joined string: no string is built per lookup). */
  private record Key(String question, String part, String item) {}

  private final Map<String, Integer> dimensions;
  private final int steps;

  private Expectations(Map<Key, Double> values, Map<String, Integer> dimensions, int steps) {
    this.values = values;
    this.dimensions = dimensions;
    this.steps = steps;
  }

  public static Expectations of(Rubric rubric) {
    Map<Key, Double> values = new LinkedHashMap<>();
    Map<String, Integer> dims = new LinkedHashMap<>();
    Trace trace = null;
    int steps = 0;
    if (rubric.model() != null) {
      ReferenceModel model = ReferenceModel.of(rubric.model());
      trace = model.forward();
      steps = model.steps();
      for (String q : model.quantities()) {
        dims.put(q, model.dimension(q));
      }
    }
    for (Question q : rubric.questions()) {
      for (Part p : q.parts()) {
        if (p.kind() != PartKind.VALUES) {
          continue;
        }
        for (int t : p.steps()) {
          steps = Math.max(steps, t);
          for (String quantity : p.quantitiesAt(t)) {
            int dim = dims.getOrDefault(quantity, 1);
            for (int c = 0; c < dim; c++) {
              String item = ItemKeys.format(quantity, dim > 1 ? c + 1 : 0, t);
              Double literal = p.expected().get(item);
              double v = literal != null ? literal : trace.value(quantity, t)[c];
              values.put(new Key(q.id(), p.id(), item), v);
            }
          }
        }
      }
    }
    return new Expectations(values, dims, steps);
  }

  public double get(String question, String part, String item) {
    Double v = values.get(new Key(question, part, item));
    if (v == null) {
      throw new IllegalArgumentException(
          "no expected value for " + question + "/" + part + "/" + item);
    }
    return v;
  }

  public int dimension(String quantity) {
    return dimensions.getOrDefault(quantity, 1);
  }

  public Map<String, Integer> dimensions() {
    return Map.copyOf(dimensions);
  }

  public int steps() {
    return steps;
  }
}
