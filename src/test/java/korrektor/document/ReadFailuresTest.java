package korrektor.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadFailuresTest {
  @Test
  void causesNeverNameALibrarysClassesOrAPathOfTheMachine() {
    String cause =
        ReadFailures.cause(
            new RuntimeException(
                "org.apache.poi.ooxml.POIXMLException: "
                    + "org.apache.xmlbeans.XmlException: error: Unexpected end of file at /tmp/korrektor-zip-1/x/sheet.xml"));
    assertThat(cause).isEqualTo("error: Unexpected end of file at sheet.xml");
  }
}
