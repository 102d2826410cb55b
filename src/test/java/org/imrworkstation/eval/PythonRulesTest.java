package org.imrworkstation.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The Python behaviours the scorers' figures and messages depend on (expected values from Python 3). */
class PythonRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String s) throws Exception {
        return JSON.readTree(s);
    }

    @Test
    void fixedFormatRoundsTheBinaryValueHalfToEven() {
        assertThat(PythonText.fixed(0.125, 2)).isEqualTo("0.12");
        assertThat(PythonText.fixed(0.375, 2)).isEqualTo("0.38");
        assertThat(PythonText.fixed(1.005, 2)).isEqualTo("1.00"); // 1.00499999...
        assertThat(PythonText.fixed(2.0 / 3, 3)).isEqualTo("0.667");
        assertThat(PythonText.fixed(0, 3)).isEqualTo("0.000");
    }

    @Test
    void reprQuotesAndEscapesAsPython() throws Exception {
        assertThat(PythonValues.repr(json("\"5-6 out \\n\\nof 10\""))).isEqualTo("'5-6 out \\n\\nof 10'");
        assertThat(PythonValues.repr(json("\"patient's\""))).isEqualTo("\"patient's\"");
        assertThat(PythonValues.repr(json("\"it's \\\"x\\\"\""))).isEqualTo("'it\\'s \"x\"'");
        assertThat(PythonValues.repr(json("[\"TX\", null, true, 5, 1.5]"))).isEqualTo("['TX', None, True, 5, 1.5]");
        assertThat(PythonValues.repr(json("{\"a\": 1e16}"))).isEqualTo("{'a': 1e+16}");
        assertThat(PythonValues.repr(json("0.0001"))).isEqualTo("0.0001");
        assertThat(PythonValues.repr(json("\"\\u00e9\\u00a0\\u0007\""))).isEqualTo("'\u00e9\\xa0\\x07'");
        assertThat(PythonValues.repr(null)).isEqualTo("None");
    }

    @Test
    void normValCollapsesWhiteSpaceAndLowersStrOfTheValue() throws Exception {
        assertThat(PythonValues.normVal(json("\"  10\\u00a0MG\\n\""))).isEqualTo("10 mg");
        assertThat(PythonValues.normVal(json("60"))).isEqualTo(PythonValues.normVal(json("\"60\"")));
        assertThat(PythonValues.normVal(json("60.0"))).isEqualTo("60.0");
        assertThat(PythonValues.normVal(json("true"))).isEqualTo("true");
        assertThat(PythonValues.normVal(json("null"))).isNull();
    }

    @Test
    void equalityAndListComparisonFollowPython() throws Exception {
        assertThat(PythonValues.equal(json("37"), json("37.0"))).isTrue();
        assertThat(PythonValues.equal(json("1"), json("true"))).isTrue();
        assertThat(PythonValues.equal(json("\"37\""), json("37"))).isFalse();
        assertThat(PythonValues.equal(json("null"), null)).isTrue();
        assertThat(PythonValues.sortedUpper(json("[\"tx\", \"CA\"]"))).containsExactly("CA", "TX");
        assertThat(PythonValues.sortedUpper(json("\"ca\""))).containsExactly("A", "C"); // a str is its characters
        assertThat(PythonValues.sortedUpper(json("null"))).isEmpty();
    }

    @Test
    void sliceAndSpaceFollowPython() {
        int[] text = PythonText.codePoints("abc\u2003d");
        assertThat(PythonText.slice(text, -2, 99)).isEqualTo("\u2003d");
        assertThat(PythonText.slice(text, 3, 1)).isEmpty();
        assertThat(PythonText.isSpace(0xA0)).isTrue();
        assertThat(PythonText.isSpace(0x1F)).isTrue();
        assertThat(PythonText.isSpace(0x200B)).isFalse();
        assertThat(PythonText.split(" a\t b ")).containsExactly("a", "b");
    }
}
