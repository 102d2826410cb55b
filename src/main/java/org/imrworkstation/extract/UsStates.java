package org.imrworkstation.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** US state names and their two-letter codes. */
final class UsStates {

    private static final Map<String, String> CODES = new HashMap<>();

    static {
        String[] pairs = {
            "Alabama", "AL", "Alaska", "AK", "Arizona", "AZ", "Arkansas", "AR", "California", "CA", "Colorado", "CO",
            "Connecticut", "CT", "Delaware", "DE", "District of Columbia", "DC", "Florida", "FL", "Georgia", "GA",
            "Hawaii", "HI", "Idaho", "ID", "Illinois", "IL", "Indiana", "IN", "Iowa", "IA", "Kansas", "KS",
            "Kentucky", "KY", "Louisiana", "LA", "Maine", "ME", "Maryland", "MD", "Massachusetts", "MA",
            "Michigan", "MI", "Minnesota", "MN", "Mississippi", "MS", "Missouri", "MO", "Montana", "MT",
            "Nebraska", "NE", "Nevada", "NV", "New Hampshire", "NH", "New Jersey", "NJ", "New Mexico", "NM",
            "New York", "NY", "North Carolina", "NC", "North Dakota", "ND", "Ohio", "OH", "Oklahoma", "OK",
            "Oregon", "OR", "Pennsylvania", "PA", "Rhode Island", "RI", "South Carolina", "SC", "South Dakota", "SD",
            "Tennessee", "TN", "Texas", "TX", "Utah", "UT", "Vermont", "VT", "Virginia", "VA", "Washington", "WA",
            "West Virginia", "WV", "Wisconsin", "WI", "Wyoming", "WY", "Puerto Rico", "PR"};
        for (int i = 0; i < pairs.length; i += 2) {
            CODES.put(pairs[i].toLowerCase(Locale.ROOT), pairs[i + 1]);
            CODES.put(pairs[i + 1].toLowerCase(Locale.ROOT), pairs[i + 1]);
        }
    }

    private UsStates() {
    }

    /** The code of a state name or code ("California", "CA", "the State of Texas"), or null. */
    static String code(String name) {
        String n = name.toLowerCase(Locale.ROOT).strip();
        if (n.startsWith("the ")) {
            n = n.substring(4).strip();
        }
        if (n.startsWith("state of ")) {
            n = n.substring(9).strip();
        }
        return CODES.get(n);
    }
}
