package org.imrworkstation.store;

import org.imrworkstation.record.Item;

/** Values a reviewer sets on an item; the record model's Item carries exactly these. */
final class ItemValues {

    private ItemValues() {
    }

    static Object[] columns(Item it) {
        return new Object[] {it.treatment(), it.drug(), it.strength(), it.quantity(), it.refills(),
                it.decision() == null ? null : it.decision().name(), String.join(",", it.guidelines()), it.pages(),
                it.evidenceStart(), it.evidenceEnd()};
    }
}
