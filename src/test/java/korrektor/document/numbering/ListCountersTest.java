package korrektor.document.numbering;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ListCountersTest {

  private static final ListCounters.Levels FROM_ONE = level -> 1;

  @Test
  void countsEachLevelAndStartsADeeperLevelAgainAfterAShallowerOne() {
    ListCounters list = new ListCounters();

    assertThat(list.count(0, FROM_ONE)).containsExactly(1);
    assertThat(list.count(1, FROM_ONE)).containsExactly(1, 1);
    assertThat(list.count(1, FROM_ONE)).containsExactly(1, 2);
    assertThat(list.count(0, FROM_ONE)).containsExactly(2);
    assertThat(list.count(1, FROM_ONE)).containsExactly(2, 1);
  }

  @Test
  void aShallowerLevelNotYetCountedShowsItsStart() {
    assertThat(new ListCounters().count(2, level -> level + 3)).containsExactly(3, 4, 5);
  }

  @Test
  void aRestartLimitOfZeroKeepsADeeperLevelCounting() {
    ListCounters.Levels neverRestart =
        new ListCounters.Levels() {
          @Override
          public int start(int level) {
            return 1;
          }

          @Override
          public int restartLimit(int level) {
            return 0;
          }
        };
    ListCounters list = new ListCounters();
    list.count(1, neverRestart);
    list.count(0, neverRestart);

    assertThat(list.count(1, neverRestart)).containsExactly(1, 2);
  }

  @Test
  void aParagraphsOwnNumberAndARestartSetTheNextNumber() {
    ListCounters list = new ListCounters();
    list.count(0, FROM_ONE);

    assertThat(list.count(0, 7, FROM_ONE)).containsExactly(7);
    assertThat(list.count(0, FROM_ONE)).containsExactly(8);
    list.restart(0);
    assertThat(list.count(0, FROM_ONE)).containsExactly(1);
  }
}
