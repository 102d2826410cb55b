package org.imrworkstation.export.agreement;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.imrworkstation.record.Decision;
import org.imrworkstation.record.Item;
import org.imrworkstation.store.AssignedReview;
import org.imrworkstation.store.Database;
import org.imrworkstation.store.LetterStore;
import org.imrworkstation.store.Reason;
import org.imrworkstation.store.ReviewService;
import org.imrworkstation.store.ReviewStatus;
import org.imrworkstation.store.State;
import org.imrworkstation.store.StoreException;
import org.imrworkstation.store.StoredItem;
import org.imrworkstation.store.StoredLetter;
import org.imrworkstation.store.StoredSpan;

/**
 * Adjudication of a double-annotated letter: the lead takes A's or B's version of each disagreement
 * ({@link #choose}), of each span, item and field, or of the whole letter into the main set, or types
 * the final value ({@link #edit}), then verifies the letter. Every
 * step goes through the lead's {@link ReviewService}, so it is logged and can be undone like any
 * other correction; the annotators' copies are only read.
 */
public final class Adjudicator {

    private final Database db;
    private final ReviewService lead;

    public Adjudicator(Database db, String lead) {
        this.db = db;
        this.lead = new ReviewService(db, lead);
    }

    /** The lead's review service on the main set, for edits that neither version has. */
    public ReviewService review() {
        return lead;
    }

    private StoredLetter copy(long letterId, String annotator) {
        return new AssignedReview(db, annotator).load(letterId).orElseThrow(() ->
                new StoreException("letter " + letterId + " is not assigned to " + annotator));
    }

    private StoredLetter main(long letterId) {
        return new LetterStore(db).load(letterId).orElseThrow(() -> new StoreException("no letter " + letterId));
    }

    /** Makes the main set the annotator's version of the letter: spans, items and fields. */
    public void takeAll(long letterId, String annotator) {
        StoredLetter theirs = copy(letterId, annotator);
        List<StoredSpan> kept = theirs.spans().stream().filter(s -> s.state() != State.REJECTED).toList();
        // main spans that the chosen version does not have exactly go first, so nothing overlaps
        for (StoredSpan m : main(letterId).spans()) {
            boolean inTheirs = kept.stream().anyMatch(s -> same(s, m));
            if (m.state() != State.REJECTED && !inTheirs) {
                lead.rejectSpan(m.id(), Reason.SPURIOUS);
            }
        }
        for (StoredSpan s : kept) {
            takeSpan(letterId, annotator, s.id());
        }
        for (StoredItem it : theirs.items()) {
            takeItem(letterId, annotator, it.id());
        }
        for (var f : theirs.fields()) {
            takeField(letterId, annotator, f.name());
        }
    }

    /**
     * Takes one span of the annotator's copy: main spans overlapping it are rejected unless one is
     * the same mention (type and offsets), which then gets its value; else the span is added. A span
     * the annotator rejected rejects its counterpart in the main set.
     */
    public void takeSpan(long letterId, String annotator, long assignedSpanId) {
        StoredSpan chosen = copy(letterId, annotator).span(assignedSpanId);
        Optional<StoredSpan> same = Optional.empty();
        for (StoredSpan m : main(letterId).spans()) {
            if (m.state() == State.REJECTED || m.end() <= chosen.start() || chosen.end() <= m.start()) {
                continue;
            }
            if (same(chosen, m) && chosen.state() != State.REJECTED) {
                same = Optional.of(m);
            } else {
                lead.rejectSpan(m.id(), same(chosen, m) ? chosen.reason() : Reason.BOUNDARY);
            }
        }
        if (chosen.state() == State.REJECTED) {
            return;
        }
        if (same.isEmpty()) {
            lead.addSpan(letterId, chosen.type(), chosen.start(), chosen.end(), chosen.value());
        } else if (Objects.equals(same.get().value(), chosen.value())) {
            lead.acceptSpan(same.get().id());
        } else {
            lead.editSpan(same.get().id(), chosen.type(), chosen.start(), chosen.end(), chosen.value(), Reason.VALUE);
        }
    }

    /** Rejects a span of the main set that neither version keeps. */
    public void dropSpan(long mainSpanId) {
        lead.rejectSpan(mainSpanId, Reason.SPURIOUS);
    }

    /** Takes one item of the annotator's copy onto the main item at the same position. */
    public void takeItem(long letterId, String annotator, long assignedItemId) {
        StoredItem chosen = copy(letterId, annotator).items().stream().filter(i -> i.id() == assignedItemId)
                .findFirst().orElseThrow(() -> new StoreException("item " + assignedItemId + " is not in "
                        + annotator + "'s copy of letter " + letterId));
        StoredItem target = main(letterId).items().stream().filter(i -> i.position() == chosen.position())
                .findFirst().orElseThrow(() -> new StoreException("letter " + letterId + " has no item "
                        + (chosen.position() + 1) + " in the main set"));
        if (chosen.state() == State.REJECTED) {
            lead.rejectItem(target.id());
        } else if (chosen.item().equals(target.item())) {
            lead.acceptItem(target.id());
        } else {
            lead.editItem(target.id(), chosen.item());
        }
    }

    /** Takes the annotator's value of a letter field. */
    public void takeField(long letterId, String annotator, String name) {
        lead.editField(letterId, name, copy(letterId, annotator).field(name).value());
    }

    /** Verifies the adjudicated letter in the main set (it becomes gold). */
    public void finish(long letterId, String comment) {
        lead.setReview(letterId, ReviewStatus.VERIFIED, comment, 0);
    }

    /** Both copies, the main set and the disagreements of a letter assigned to {@code a} and {@code b}. */
    public LetterAdjudication load(long letterId, String a, String b) {
        return LetterAdjudication.of(a, b, copy(letterId, a), copy(letterId, b), main(letterId));
    }

    /**
     * Takes one annotator's side of a disagreement into the main set. For a stretch of spans: main
     * spans there that the side does not have are rejected, then each of the side's spans is taken.
     */
    public void choose(long letterId, Disagreement d, String annotator, boolean sideA) {
        if (d instanceof Disagreement.Spans s) {
            List<StoredSpan> chosen = s.side(sideA);
            for (StoredSpan m : main(letterId).spans()) {
                boolean inStretch = m.start() < s.end() && s.start() < m.end();
                if (inStretch && m.state() != State.REJECTED && chosen.stream().noneMatch(c -> same(c, m))) {
                    dropSpan(m.id());
                }
            }
            chosen.forEach(c -> takeSpan(letterId, annotator, c.id()));
        } else if (d instanceof Disagreement.Items i) {
            StoredItem chosen = i.side(sideA);
            if (chosen != null) {
                takeItem(letterId, annotator, chosen.id());
            } else {
                mainItem(letterId, i.position()).ifPresent(m -> lead.rejectItem(m.id()));
            }
        } else {
            takeField(letterId, annotator, ((Disagreement.Field) d).name());
        }
    }

    /**
     * The lead's own final value: a field's value (blank = not stated), a span's value or an item's
     * decision, on top of A's version (B's where A has none). A stretch with several spans on both
     * sides has no one value to edit: the lead picks a side and corrects it in the review window.
     */
    public void edit(long letterId, Disagreement d, String a, String b, String value) {
        String v = value == null || value.isBlank() ? null : value.strip();
        if (d instanceof Disagreement.Field f) {
            lead.editField(letterId, f.name(), v);
        } else if (d instanceof Disagreement.Spans s) {
            boolean sideA = s.a().size() == 1;
            if (!sideA && s.b().size() != 1) {
                throw new StoreException("no single span to edit here: pick A or B, then correct it in the review window");
            }
            choose(letterId, d, sideA ? a : b, sideA);
            StoredSpan base = s.side(sideA).get(0);
            StoredSpan m = main(letterId).spans().stream().filter(x -> x.state() != State.REJECTED && same(x, base))
                    .findFirst().orElseThrow(() -> new StoreException("the span is not in the main set"));
            lead.editSpan(m.id(), m.type(), m.start(), m.end(), v, Reason.VALUE);
        } else {
            Disagreement.Items i = (Disagreement.Items) d;
            Decision decision;
            try {
                decision = Decision.valueOf(v == null ? "" : v.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new StoreException("an item's decision is UPHELD, OVERTURNED or PARTIAL, not \"" + value + "\"");
            }
            boolean sideA = i.a() != null && i.a().state() != State.REJECTED;
            StoredItem base = sideA ? i.a() : i.b();
            StoredItem target = mainItem(letterId, i.position()).orElseThrow(() -> new StoreException("letter "
                    + letterId + " has no item " + (i.position() + 1) + " in the main set"));
            Item it = base.item();
            lead.editItem(target.id(), new Item(it.treatment(), it.drug(), it.strength(),
                    it.quantity(), it.refills(), decision, it.guidelines(), it.pages(), it.evidenceStart(),
                    it.evidenceEnd()));
        }
    }

    /**
     * Runs a step and returns how many changes the lead logged on the letter, so that the window can
     * undo a choice that took several (a stretch of spans, a whole version) as one.
     */
    public int logged(long letterId, Runnable step) {
        long before = leadChanges(letterId);
        step.run();
        return (int) (leadChanges(letterId) - before);
    }

    private long leadChanges(long letterId) {
        return lead.history(letterId).stream().filter(e -> e.annotator().equals(lead.annotator())).count();
    }

    /** Undoes the lead's last {@code changes} changes (one choice); returns how many there were to undo. */
    public int undo(int changes) {
        int done = 0;
        while (done < changes && lead.undoLast().isPresent()) {
            done++;
        }
        return done;
    }

    /** Verifies the letter when every disagreement is settled and it is not verified yet; true if it did. */
    public boolean finishIfSettled(LetterAdjudication l, Set<String> decidedWithoutChange) {
        if (l.verified() || !l.allSettled(decidedWithoutChange)) {
            return false;
        }
        finish(l.letterId(), "adjudicated " + l.a() + " and " + l.b());
        return true;
    }

    private Optional<StoredItem> mainItem(long letterId, int position) {
        return main(letterId).items().stream().filter(x -> x.position() == position).findFirst();
    }

    private static boolean same(StoredSpan a, StoredSpan b) {
        return a.type() == b.type() && a.start() == b.start() && a.end() == b.end();
    }
}
