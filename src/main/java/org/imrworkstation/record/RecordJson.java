package org.imrworkstation.record;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;

/** The one place that decides how letter records look as JSON Lines. */
public final class RecordJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
    private static final ObjectWriter WRITER = MAPPER.writerFor(LetterRecord.class);
    private static final ObjectReader READER = MAPPER.readerFor(LetterRecord.class);

    private RecordJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** One record as one line of JSON, without the line end. */
    public static String toLine(LetterRecord record) {
        try {
            return WRITER.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write record " + record.letter(), e);
        }
    }

    public static LetterRecord fromLine(String line) throws JsonProcessingException {
        return READER.readValue(line);
    }
}
