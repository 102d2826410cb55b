package org.imrworkstation.store;

import org.imrworkstation.record.Item;

/** A disputed item as stored: its values (as the record model has them) and review state. */
public record StoredItem(long id, int position, Item item, Origin origin, State state, String annotator) {
}
