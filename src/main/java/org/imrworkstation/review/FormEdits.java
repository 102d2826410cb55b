package org.imrworkstation.review;

import org.imrworkstation.record.Item;
import org.imrworkstation.store.Origin;
import org.imrworkstation.store.ReviewStatus;
import org.imrworkstation.store.State;

/** The changes a clerk makes in the form: items, letter fields, the letter's review status. */
final class FormEdits {

    private FormEdits() {
    }

    static Change item(long letterId, DraftItem i, Item values) {
        DraftItem after = i.with(values, State.EDITED);
        return new Change("edit item", letterId, d -> d.put(after), d -> d.put(i),
                st -> st.reviews().editItem(i.ref().id(), values));
    }

    static Change acceptItem(long letterId, DraftItem i) {
        DraftItem after = i.with(i.item(), State.ACCEPTED);
        return new Change("accept item", letterId, d -> d.put(after), d -> d.put(i),
                st -> st.reviews().acceptItem(i.ref().id()));
    }

    static Change removeItem(long letterId, DraftItem i) {
        DraftItem after = i.with(i.item(), State.REJECTED);
        return new Change("remove item", letterId, d -> d.put(after), d -> d.put(i),
                st -> st.reviews().rejectItem(i.ref().id()));
    }

    static Change addItem(long letterId, Item values) {
        Ref ref = Ref.unsaved();
        DraftItem i = new DraftItem(ref, values, Origin.MANUAL, State.ACCEPTED);
        return new Change("add item", letterId, d -> d.put(i), d -> d.removeItem(ref),
                st -> ref.set(st.reviews().addItem(letterId, values)));
    }

    static Change field(long letterId, String name, String before, String after) {
        return new Change("edit " + name, letterId, d -> d.field(name, after), d -> d.field(name, before),
                st -> st.reviews().editField(letterId, name, after));
    }

    static Change review(Draft draft, ReviewStatus status, String comment, int seconds) {
        ReviewStatus was = draft.status();
        String wasComment = draft.comment();
        long letterId = draft.letterId();
        return new Change("mark " + status.name().toLowerCase(java.util.Locale.ROOT), letterId,
                d -> d.review(status, comment), d -> d.review(was, wasComment),
                st -> st.reviews().setReview(letterId, status, comment, seconds));
    }
}
