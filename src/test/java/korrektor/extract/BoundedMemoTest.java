package korrektor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BoundedMemoTest {

  @Test
  void computesEachKeptArgumentOnce() {
    AtomicInteger calls = new AtomicInteger();
    BoundedMemo<String, Integer> memo = new BoundedMemo<>(10);
    for (int i = 0; i < 3; i++) {
      assertThat(memo.get("h(1)", s -> calls.incrementAndGet() * 0 + s.length())).isEqualTo(4);
    }
    assertThat(calls).hasValue(1);
  }

  @Test
  void keepsNoMoreThanItsLimitButStillAnswers() {
    AtomicInteger calls = new AtomicInteger();
    BoundedMemo<Integer, Integer> memo = new BoundedMemo<>(2);
    for (int round = 0; round < 2; round++) {
      for (int k = 0; k < 5; k++) {
        assertThat(
                memo.get(
                    k,
                    x -> {
                      calls.incrementAndGet();
                      return x * x;
                    }))
            .isEqualTo(k * k);
      }
    }
    assertThat(calls)
        .hasValue(2 + 3 + 3); // the first two are kept, the other three computed each time
  }
}
