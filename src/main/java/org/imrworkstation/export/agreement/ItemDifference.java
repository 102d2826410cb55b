package org.imrworkstation.export.agreement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.imrworkstation.record.Item;

/**
 * An item shown by the values the two versions dispute: the lead compares "decision UPHELD" with
 * "decision OVERTURNED", not two rows of ten columns that are mostly equal. When the versions differ
 * only in whether the item is kept, drug and decision identify it.
 */
final class ItemDifference {

    private ItemDifference() {
    }

    static List<String> disputed(Item a, Item b) {
        List<String> out = new ArrayList<>();
        if (a != null && b != null) {
            Map<String, Object> va = values(a);
            Map<String, Object> vb = values(b);
            va.forEach((k, v) -> {
                if (!Objects.equals(v, vb.get(k))) {
                    out.add(k);
                }
            });
        }
        return out.isEmpty() ? List.of("drug", "decision") : out;
    }

    static String show(Item version, List<String> keys) {
        Map<String, Object> v = values(version);
        List<String> out = new ArrayList<>();
        for (String k : keys) {
            out.add(k + " " + (v.get(k) == null ? "—" : v.get(k)));
        }
        return String.join(", ", out);
    }

    private static Map<String, Object> values(Item i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("treatment", i.treatment());
        m.put("drug", i.drug());
        m.put("strength", i.strength());
        m.put("quantity", i.quantity());
        m.put("refills", i.refills());
        m.put("decision", i.decision());
        m.put("guidelines", i.guidelines().isEmpty() ? null : String.join(",", i.guidelines()));
        m.put("pages", i.pages());
        return m;
    }
}
