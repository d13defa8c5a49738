package korrektor.document.worker;

import org.junit.jupiter.api.Test;

/**
 * A reader process does not outlive the Korrektor that started it, even while its stdin stays open.
 */
class OrphanedReaderIT {
  @Test
  void aReaderProcessEndsWhenTheProcessThatStartedItIsKilled() throws Exception {
    ChildParent.assertChildEndsWhenItsParentIsKilled(Main.class.getName(), "--serve");
  }

  @Test
  void aReaderProcessWhoseParentDiesWhileItStartsEndsToo() throws Exception {
    // by the time its JVM is up, the orphan's parent is init: only the pid it was given tells
    ChildParent.assertChildEndsWhenItsParentIsKilled(false, Main.class.getName(), "--serve");
  }
}
