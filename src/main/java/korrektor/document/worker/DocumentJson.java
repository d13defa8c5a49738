package korrektor.document.worker;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import korrektor.document.Document;

/**
 * {@link Document} as JSON, by record components, so that a document read in a worker process
 * crosses to the parent unchanged. Derived properties ({@code readable}, {@code blank}, …) are
 * written but ignored when read back.
 */
public final class DocumentJson {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(50)
                          .maxStringLength(50_000_000)
                          .build())
                  // word positions are many doubles: Jackson's fast (exact, round-trip safe) number
                  // codecs
                  .enable(com.fasterxml.jackson.core.StreamReadFeature.USE_FAST_DOUBLE_PARSER)
                  .enable(com.fasterxml.jackson.core.StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
                  .build())
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
          .configure(MapperFeature.AUTO_DETECT_IS_GETTERS, false)
          .build();

  private DocumentJson() {}

  public static void write(Document document, OutputStream out) throws IOException {
    MAPPER.writeValue(out, document);
  }

  public static Document read(InputStream in) throws IOException {
    return MAPPER.readValue(in, Document.class);
  }

  public static String toJson(Document document) throws IOException {
    return MAPPER.writeValueAsString(document);
  }

  public static Document fromJson(String json) throws IOException {
    return MAPPER.readValue(json, Document.class);
  }
}
