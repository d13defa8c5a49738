package korrektor.document.text;

import static org.assertj.core.api.Assertions.assertThat;

import korrektor.document.text.DelimiterSniffer.Sniffed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DelimiterSnifferTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "semicolon with decimal commas | t;h\\n1;0,5\\n2;0,75\\n3;1,25 | ;",
        "comma                         | t,h\\n1,0.5\\n2,0.75         | ,",
        "tab                           | t\\th\\n1\\t0,5\\n2\\t0,75 | TAB",
        "quoted commas do not count    | a;\"x,y,z\"\\nb;\"1,2\"       | ;",
      })
  void choosesTheDelimiterWithAConsistentCountPerLine(String why, String text, String expected) {
    String decoded = text.replace("\\n", "\n").replace("\\t", "\t");
    char delimiter = expected.equals("TAB") ? '\t' : expected.charAt(0);

    assertThat(DelimiterSniffer.sniff(decoded, false)).contains(new Sniffed(delimiter, false));
  }

  @Test
  void takesTheDelimiterNamedBySepLine() {
    assertThat(DelimiterSniffer.sniff("sep=,\na;b,c\n", false)).contains(new Sniffed(',', true));
  }

  @Test
  void findsNoDelimiterInProse() {
    String prose =
        "The LSTM cell, after one step, gives h = 0.5.\nThen we compute c.\nDone; thanks.";
    assertThat(DelimiterSniffer.sniff(prose, false)).isEmpty();
  }
}
