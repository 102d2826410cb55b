package org.imrworkstation.export;

import java.util.ArrayList;
import java.util.List;
import org.imrworkstation.extract.Extractor;
import org.imrworkstation.record.Item;
import org.imrworkstation.record.Span;
import org.imrworkstation.record.SpanType;

/**
 * Items' frequency and daily dose (decision 0004) rebuilt from the letter's spans: the store keeps
 * the FREQUENCY span, not the values derived from it. The extractor's rule: the first FREQUENCY
 * span inside the item's heading, and strength x frequency.
 */
public final class ItemRegimen {

    private ItemRegimen() {
    }

    public static List<Item> complete(List<Item> items, List<Span> spans) {
        List<Item> out = new ArrayList<>(items.size());
        for (Item it : items) {
            String frequency = null;
            if (it.evidenceStart() != null && it.evidenceEnd() != null) {
                for (Span s : spans) {
                    if (s.type() == SpanType.FREQUENCY && s.start() >= it.evidenceStart()
                            && s.end() <= it.evidenceEnd()) {
                        frequency = s.value();
                        break;
                    }
                }
            }
            String dose = frequency == null ? null : Extractor.dailyDose(it.strength(), frequency);
            out.add(new Item(it.treatment(), it.drug(), it.strength(), it.quantity(), it.refills(), it.decision(),
                    it.guidelines(), it.pages(), frequency, dose, it.evidenceStart(), it.evidenceEnd()));
        }
        return out;
    }
}
