package org.imrworkstation.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads JSON Lines files of letter records as JSON trees, so that keys the record model does not
 * know (a gold item's drug_name, say) survive and unknown keys do no harm. Blank lines are
 * skipped; a line that is not a JSON object stops the reading with "FILE:LINE: not JSON: ...".
 */
public final class RecordFiles {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS) // NaN, Infinity: Python's json reads them
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private RecordFiles() {
    }

    /** The records of a JSONL file, in file order. */
    public static List<JsonNode> read(Path file) {
        List<JsonNode> records = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int n = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                n++;
                if (PythonText.strip(line).isEmpty()) {
                    continue;
                }
                records.add(parse(file, n, line));
            }
        } catch (NoSuchFileException e) {
            throw new EvalException(file + ": no such file");
        } catch (CharacterCodingException e) {
            throw new EvalException(file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new EvalException(file + ": cannot read: " + e.getMessage(), e);
        }
        return records;
    }

    private static JsonNode parse(Path file, int lineNo, String line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            String why = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
            why = why.lines().findFirst().orElse("").trim();
            if (e.getLocation() != null && e.getLocation().getColumnNr() > 0) {
                why += " (column " + e.getLocation().getColumnNr() + ")";
            }
            throw new EvalException(file + ":" + lineNo + ": not JSON: " + why, e);
        }
        if (!node.isObject()) {
            throw new EvalException(file + ":" + lineNo + ": not JSON: a record must be a JSON object");
        }
        return node;
    }

    /** The records of a file keyed by their letter's base name (score.py). */
    public static Map<String, JsonNode> byBaseName(Path file) {
        return index(read(file), RecordFiles::baseName);
    }

    /** The records of a file keyed by their letter's base name without extension (score_items.py). */
    public static Map<String, JsonNode> byStem(Path file) {
        return index(read(file), RecordFiles::stem);
    }

    /**
     * Records keyed by a name; a later record of the same name replaces the earlier one in the
     * earlier one's place, as a Python dict does.
     */
    public static Map<String, JsonNode> index(List<JsonNode> records, Function<JsonNode, String> key) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (JsonNode r : records) {
            out.put(key.apply(r), r);
        }
        return out;
    }

    /** os.path.basename(str(record.get("letter", ""))). */
    public static String baseName(JsonNode record) {
        JsonNode letter = record.path("letter");
        String name = letter.isMissingNode() ? "" : PythonValues.str(letter);
        return name.substring(name.lastIndexOf('/') + 1);
    }

    /** os.path.splitext(baseName)[0]: the last extension dropped; a name's leading dots are no extension. */
    public static String stem(JsonNode record) {
        String base = baseName(record);
        int dot = base.lastIndexOf('.');
        for (int i = 0; i < dot; i++) {
            if (base.charAt(i) != '.') {
                return base.substring(0, dot);
            }
        }
        return base;
    }
}
