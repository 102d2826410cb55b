package org.imrworkstation.review;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a letter field may hold (annotation guidelines): the check behind the form's red marks and
 * the refusal to save a bad value. Empty means "not stated" and is always allowed.
 */
public final class FieldRules {

    private static final Set<String> STATES = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL",
            "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT",
            "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX",
            "UT", "VT", "VA", "WA", "WV", "WI", "WY", "PR");

    private FieldRules() {
    }

    /** Empty when the value is fine, else what is wrong in one line. */
    public static Optional<String> problem(String field, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = normal(field, value);
        switch (field) {
            case "patient_age":
                return v.matches("\\d{1,3}") && Integer.parseInt(v) >= 14 && Integer.parseInt(v) <= 110
                        ? Optional.empty() : Optional.of("age is a whole number from 14 to 110");
            case "patient_sex":
                return v.equals("M") || v.equals("F") ? Optional.empty() : Optional.of("sex is M or F");
            case "injury_date":
            case "ur_date":
            case "rfa_date":
                return date(v) ? Optional.empty() : Optional.of("a date is written 2015-10-14 (or 2010-08 for a month)");
            case "reviewer_states":
                return Arrays.stream(v.split(",")).map(String::strip).allMatch(STATES::contains) ? Optional.empty()
                        : Optional.of("states are two-letter codes joined by commas: CA,NV");
            default:
                return Optional.empty();
        }
    }

    /** The value as stored: trimmed, upper-case where the guidelines say so, null when empty. */
    public static String normal(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        return switch (field) {
            case "patient_sex" -> v.toUpperCase(Locale.ROOT);
            case "reviewer_states" -> String.join(",", Arrays.stream(v.toUpperCase(Locale.ROOT).split(","))
                    .map(String::strip).toList());
            default -> v;
        };
    }

    private static boolean date(String v) {
        try {
            if (v.matches("\\d{4}-\\d{2}")) {
                LocalDate.parse(v + "-01");
            } else {
                LocalDate.parse(v);
            }
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
