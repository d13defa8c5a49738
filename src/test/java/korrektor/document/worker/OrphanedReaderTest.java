package korrektor.document.worker;

import org.junit.jupiter.api.Test;

/** A reader process does not outlive the Korrektor that started it, even while its stdin stays open. */
class OrphanedReaderTest {
  @Test
  void aReaderProcessEndsWhenTheProcessThatStartedItIsKilled() throws Exception {
    ChildParent.assertChildEndsWhenItsParentIsKilled(Main.class.getName(), "--serve");
  }
}
