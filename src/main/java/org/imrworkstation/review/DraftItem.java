package org.imrworkstation.review;

import org.imrworkstation.record.Item;
import org.imrworkstation.store.Origin;
import org.imrworkstation.store.State;
import org.imrworkstation.store.StoredItem;

/** A disputed item in the working copy. Immutable: a change makes a new one. */
public record DraftItem(Ref ref, Item item, Origin origin, State state) {

    static DraftItem of(StoredItem s) {
        return new DraftItem(new Ref(s.id()), s.item(), s.origin(), s.state());
    }

    DraftItem with(Item values, State s) {
        return new DraftItem(ref, values, origin, s);
    }
}
