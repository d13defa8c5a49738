package korrektor.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import korrektor.document.Problem;
import org.junit.jupiter.api.Test;

/**
 * Keeps the korrektor packages free of cycles: runs the JDK's {@code jdeps} on the compiled main
 * classes and fails with every cycle it finds (the packages and the edges that close it).
 */
class PackageCyclesTest {

  private static final Pattern EDGE =
      Pattern.compile("^\\s+(korrektor(?:\\.\\w+)*)\\s+->\\s+(korrektor(?:\\.\\w+)*)\\s");

  @Test
  void mainPackagesHaveNoCycles() throws Exception {
    Map<String, Set<String>> graph = packageGraph(mainClasses());
    assertThat(graph).as("jdeps found no korrektor packages").hasSizeGreaterThan(10);
    assertThat(cycles(graph)).as("package cycles (each a strongly connected set)").isEmpty();
  }

  @Test
  void findsACycleWhenThereIsOne() {
    Map<String, Set<String>> graph = new TreeMap<>();
    graph.put("a", Set.of("b"));
    graph.put("b", Set.of("c"));
    graph.put("c", Set.of("a"));
    graph.put("d", Set.of("a"));
    assertThat(cycles(graph)).containsExactly(List.of("a", "b", "c"));
  }

  private static Path mainClasses() throws URISyntaxException {
    return Path.of(Problem.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  /**
   * Package → packages it uses, among korrektor's own, as {@code jdeps -verbose:package} reports.
   */
  static Map<String, Set<String>> packageGraph(Path classes) {
    ToolProvider jdeps =
        ToolProvider.findFirst("jdeps")
            .orElseThrow(() -> new AssertionError("this JDK has no jdeps"));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit =
        jdeps.run(
            new PrintWriter(out),
            new PrintWriter(err),
            "-verbose:package",
            "-e",
            "korrektor\\..*",
            classes.toString());
    assertThat(exit).as("jdeps: %s", err).isZero();
    Map<String, Set<String>> graph = new TreeMap<>();
    for (String line : out.toString().split("\\R")) {
      Matcher m = EDGE.matcher(line);
      if (m.find() && !m.group(1).equals(m.group(2))) {
        graph.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
      }
    }
    return graph;
  }

  /** The strongly connected sets of more than one package (Tarjan), each sorted, in order. */
  static List<List<String>> cycles(Map<String, Set<String>> graph) {
    Tarjan t = new Tarjan(graph);
    for (String node : graph.keySet()) {
      if (!t.index.containsKey(node)) {
        t.visit(node);
      }
    }
    t.found.sort((a, b) -> a.get(0).compareTo(b.get(0)));
    return t.found;
  }

  private static final class Tarjan {
    final Map<String, Set<String>> graph;
    final Map<String, Integer> index = new HashMap<>();
    final Map<String, Integer> low = new HashMap<>();
    final Deque<String> stack = new ArrayDeque<>();
    final Set<String> onStack = new TreeSet<>();
    final List<List<String>> found = new ArrayList<>();

    Tarjan(Map<String, Set<String>> graph) {
      this.graph = graph;
    }

    void visit(String v) {
      index.put(v, index.size());
      low.put(v, index.get(v));
      stack.push(v);
      onStack.add(v);
      for (String w : graph.getOrDefault(v, Set.of())) {
        if (!index.containsKey(w)) {
          visit(w);
          low.put(v, Math.min(low.get(v), low.get(w)));
        } else if (onStack.contains(w)) {
          low.put(v, Math.min(low.get(v), index.get(w)));
        }
      }
      if (low.get(v).equals(index.get(v))) {
        List<String> component = new ArrayList<>();
        String w;
        do {
          w = stack.pop();
          onStack.remove(w);
          component.add(w);
        } while (!w.equals(v));
        if (component.size() > 1) {
          component.sort(null);
          found.add(List.copyOf(component));
        }
      }
    }
  }
}
