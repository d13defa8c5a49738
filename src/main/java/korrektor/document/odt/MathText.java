package korrektor.document.odt;

import java.io.InputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import korrektor.document.odf.OdfXml;

/**
 * The text of a formula object (MathML, as LibreOffice Math stores it in {@code Object
 * N/content.xml}) in reading order: {@code
 * <msup><mi>h</mi><mrow><mo>(</mo><mn>2</mn><mo>)</mo></mrow></msup><mo>=</mo> <mn>0.3907</mn>}
 * reads {@code h(2)=0.3907}, as the .docx reader reads a Word equation. The StarMath source in
 * {@code annotation} is left out.
 */
final class MathText {

  static final int MAX_CHARS = 10_000;

  private MathText() {}

  static String read(InputStream in) throws XMLStreamException {
    XMLStreamReader xml = OdfXml.secureFactory().createXMLStreamReader(in);
    StringBuilder text = new StringBuilder();
    int skip = 0;
    try {
      while (xml.hasNext()) {
        int event = xml.next();
        OdfXml.refuseEntities(event, "a formula object");
        if (event == XMLStreamConstants.START_ELEMENT) {
          String local = xml.getLocalName();
          if (skip > 0 || local.equals("annotation") || local.equals("annotation-xml")) {
            skip++;
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          if (skip > 0) {
            skip--;
          }
        } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
            && skip == 0
            && text.length() < MAX_CHARS) {
          text.append(xml.getText().strip());
        }
      }
    } finally {
      xml.close();
    }
    return text.toString();
  }
}
