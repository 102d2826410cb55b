package org.imrworkstation.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Python's view of a value that json.loads produced, for JSON trees read by Jackson: str(),
 * repr(), ==, truthiness. A missing key and JSON null are both Python's None.
 */
final class PythonValues {

    private PythonValues() {
    }

    static boolean isNone(JsonNode v) {
        return v == null || v.isNull() || v.isMissingNode();
    }

    /** bool(v). */
    static boolean truthy(JsonNode v) {
        if (isNone(v)) {
            return false;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isIntegralNumber()) {
            return v.bigIntegerValue().signum() != 0;
        }
        if (v.isNumber()) {
            return v.doubleValue() != 0.0;
        }
        if (v.isTextual()) {
            return !v.textValue().isEmpty();
        }
        return v.size() > 0;
    }

    /** str(v). */
    static String str(JsonNode v) {
        if (v != null && v.isTextual()) {
            return v.textValue();
        }
        return repr(v);
    }

    /** repr(v). */
    static String repr(JsonNode v) {
        if (isNone(v)) {
            return "None";
        }
        if (v.isBoolean()) {
            return v.booleanValue() ? "True" : "False";
        }
        if (v.isIntegralNumber()) {
            return v.bigIntegerValue().toString();
        }
        if (v.isNumber()) {
            return floatRepr(v.doubleValue());
        }
        if (v.isTextual()) {
            return reprString(v.textValue());
        }
        StringBuilder out = new StringBuilder();
        if (v.isArray()) {
            out.append('[');
            for (int i = 0; i < v.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                out.append(repr(v.get(i)));
            }
            return out.append(']').toString();
        }
        out.append('{');
        boolean first = true;
        for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!first) {
                out.append(", ");
            }
            first = false;
            out.append(reprString(e.getKey())).append(": ").append(repr(e.getValue()));
        }
        return out.append('}').toString();
    }

    /** repr(s) for a str: quotes and escapes as CPython's unicode_repr. */
    static String reprString(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder(s.length() + 2).append(quote);
        s.codePoints().forEach(cp -> {
            if (cp == quote || cp == '\\') {
                out.append('\\').appendCodePoint(cp);
            } else if (cp == '\t') {
                out.append("\\t");
            } else if (cp == '\n') {
                out.append("\\n");
            } else if (cp == '\r') {
                out.append("\\r");
            } else if (cp < ' ' || cp == 0x7F) {
                out.append(String.format("\\x%02x", cp));
            } else if (cp < 0x7F || isPrintable(cp)) {
                out.appendCodePoint(cp);
            } else if (cp <= 0xFF) {
                out.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xFFFF) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.append(String.format("\\U%08x", cp));
            }
        });
        return out.append(quote).toString();
    }

    /** str.isprintable() for one non-ASCII code point. */
    private static boolean isPrintable(int cp) {
        switch (Character.getType(cp)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    /** repr(float): the shortest digits that read back, fixed notation for exponents -4..15. */
    static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return 1 / d < 0 ? "-0.0" : "0.0";
        }
        BigDecimal exact = new BigDecimal(d);
        BigDecimal shortest = exact;
        for (int p = 1; p <= 17; p++) {
            BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (r.doubleValue() == d) {
                shortest = r;
                break;
            }
        }
        shortest = shortest.stripTrailingZeros();
        String digits = shortest.unscaledValue().abs().toString();
        int n = digits.length();
        int decpt = n - shortest.scale();
        String sign = d < 0 ? "-" : "";
        if (decpt <= -4 || decpt > 16) {
            int exp = decpt - 1;
            String mantissa = n > 1 ? digits.charAt(0) + "." + digits.substring(1) : digits;
            return sign + mantissa + "e" + (exp < 0 ? "-" : "+") + String.format("%02d", Math.abs(exp));
        }
        if (decpt <= 0) {
            return sign + "0." + "0".repeat(-decpt) + digits;
        }
        if (decpt >= n) {
            return sign + digits + "0".repeat(decpt - n) + ".0";
        }
        return sign + digits.substring(0, decpt) + "." + digits.substring(decpt);
    }

    /** Python's a == b for JSON values (1 == 1.0 == True; None == None). */
    static boolean equal(JsonNode a, JsonNode b) {
        if (isNone(a) || isNone(b)) {
            return isNone(a) && isNone(b);
        }
        if (isNumeric(a) && isNumeric(b)) {
            return numericEqual(a, b);
        }
        if (a.isTextual() && b.isTextual()) {
            return a.textValue().equals(b.textValue());
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!equal(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a.isObject() && b.isObject()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!b.has(e.getKey()) || !equal(e.getValue(), b.get(e.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean isNumeric(JsonNode v) {
        return v.isNumber() || v.isBoolean();
    }

    private static boolean numericEqual(JsonNode a, JsonNode b) {
        if (isFloat(a) || isFloat(b)) {
            double x = a.isBoolean() ? (a.booleanValue() ? 1 : 0) : a.doubleValue();
            double y = b.isBoolean() ? (b.booleanValue() ? 1 : 0) : b.doubleValue();
            if (Double.isNaN(x) || Double.isNaN(y)) {
                return false;
            }
            if (Double.isInfinite(x) || Double.isInfinite(y)) {
                return x == y;
            }
            return exactDecimal(a).compareTo(exactDecimal(b)) == 0;
        }
        return exactDecimal(a).compareTo(exactDecimal(b)) == 0;
    }

    private static boolean isFloat(JsonNode v) {
        return v.isNumber() && !v.isIntegralNumber();
    }

    private static BigDecimal exactDecimal(JsonNode v) {
        if (v.isBoolean()) {
            return v.booleanValue() ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        if (v.isIntegralNumber()) {
            return new BigDecimal(v.bigIntegerValue());
        }
        return new BigDecimal(v.doubleValue());
    }

    /** score.py's norm_val: None stays None, else str(v) with white space collapsed, stripped, lower case. */
    static String normVal(JsonNode v) {
        if (isNone(v)) {
            return null;
        }
        return PythonText.lower(PythonText.strip(PythonText.collapseSpace(str(v))));
    }

    /**
     * sorted(map(str.upper, v or [])): a list's elements, a string's characters, an object's keys.
     * Where Python would stop (an element or value that is not a str), the str() form is used.
     */
    static List<String> sortedUpper(JsonNode v) {
        List<String> out = new ArrayList<>();
        if (truthy(v)) {
            if (v.isArray()) {
                v.forEach(e -> out.add(PythonText.upper(str(e))));
            } else if (v.isTextual()) {
                v.textValue().codePoints().forEach(cp -> out.add(PythonText.upper(new String(new int[] {cp}, 0, 1))));
            } else if (v.isObject()) {
                v.fieldNames().forEachRemaining(k -> out.add(PythonText.upper(k)));
            } else {
                out.add(PythonText.upper(str(v)));
            }
        }
        out.sort(PythonText.CODE_POINT_ORDER);
        return out;
    }
}
