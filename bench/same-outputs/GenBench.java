import java.nio.file.*;
import korrektor.bench.SubmissionGenerator;
import korrektor.reference.ReferenceModel;
import korrektor.reference.Trace;
import korrektor.rubric.*;

/** Writes the same submissions `korrektor bench` generates: java -cp korrektor.jar GenBench.java RUBRIC DIR N [SEED]. */
public class GenBench {
  static final String[] QUANTITIES = {"g", "f", "q", "candidate", "s", "h", "output"};
  public static void main(String[] a) throws Exception {
    Rubric rubric = RubricReader.read(Path.of(a[0]));
    ReferenceModel model = ReferenceModel.of(rubric.model());
    Trace trace = model.forward();
    double[][] reference = new double[model.steps()][QUANTITIES.length];
    for (int t = 0; t < model.steps(); t++)
      for (int q = 0; q < QUANTITIES.length; q++)
        reference[t][q] = trace.value(QUANTITIES[q], t + 1)[0];
    Path dir = Files.createDirectories(Path.of(a[1]));
    long seed = a.length > 3 ? Long.parseLong(a[3]) : 42;
    System.out.println(new SubmissionGenerator(reference, seed).write(dir, Integer.parseInt(a[2])).size() + " files");
  }
}
