package org.imrworkstation.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.imrworkstation.extract.Lexicon;
import org.imrworkstation.record.Item;
import org.imrworkstation.record.SpanType;
import org.imrworkstation.store.ReviewStatus;
import org.imrworkstation.store.StoreException;
import org.imrworkstation.store.StoredLetter;

/**
 * One clerk's review session: the letter under review, the span they are on, and every action as
 * an undoable command. Actions change the working copy at once and queue their store writes;
 * nothing here waits for the database or knows about JavaFX. Call it from one thread (the UI's).
 */
public final class ReviewSession {

    /** What changed, so that a view redraws no more than it must. */
    public enum Event { LETTER, CONTENT, SELECTION }

    private final StoreQueue queue;
    private final ValueGuess values;
    private final LongSupplier clock;
    private final CommandStack stack = new CommandStack();
    private final SpanCursor cursor = new SpanCursor();
    private final List<Consumer<Event>> listeners = new CopyOnWriteArrayList<>();
    private final NextPrefetch ahead = new NextPrefetch();
    private Draft draft;
    private long openedAt;
    private long opening;

    public ReviewSession(StoreQueue queue, Lexicon lexicon, LongSupplier millisClock) {
        this.queue = queue;
        this.values = new ValueGuess(lexicon);
        this.clock = millisClock;
    }

    public void onChange(Consumer<Event> l) {
        listeners.add(l);
    }

    public StoreQueue queue() {
        return queue;
    }

    public Draft draft() {
        return draft;
    }

    public SpanCursor cursor() {
        return cursor;
    }

    public Optional<DraftSpan> current() {
        return cursor.current(draft);
    }

    /**
     * Loads a letter after the writes queued so far, then shows it; at once if it was read ahead.
     * Only the last letter asked for is shown: one read ahead may overtake an earlier queued open.
     */
    public void open(long letterId, Consumer<String> failed) {
        long mine = ++opening;
        Optional<StoredLetter> ready = ahead.take(letterId);
        if (ready.isPresent()) {
            show(ready.get());
            return;
        }
        queue.read(s -> s.letters().load(letterId).orElseThrow(
                () -> new StoreException("letter " + letterId + " is no longer in the database")), l -> {
                    if (mine == opening) {
                        show(l);
                    }
                }, failed);
    }

    /** Reads the next unreviewed letter ahead (after what is queued), for {@link #open} and {@link #nextReadAhead}. */
    public void readAhead() {
        if (draft != null) {
            ahead.fetch(queue, draft.letterId());
        }
    }

    /** The next unreviewed letter after the open one, if it was read ahead and nothing since may have changed it. */
    public java.util.OptionalLong nextReadAhead() {
        return draft == null ? java.util.OptionalLong.empty() : ahead.nextAfter(draft.letterId());
    }

    /** Letters were added or changed outside the session (an import): what was read ahead may be wrong. */
    public void forgetReadAhead() {
        ahead.clear();
    }

    public void show(StoredLetter letter) {
        draft = new Draft(letter);
        openedAt = clock.getAsLong();
        cursor.select(null);
        cursor.advance(draft);
        fire(Event.LETTER);
    }

    public void select(Ref ref) {
        cursor.select(ref);
        fire(Event.SELECTION);
    }

    public void move(int dir, int caret) {
        if (draft != null && cursor.move(draft, dir, caret).isPresent()) {
            fire(Event.SELECTION);
        }
    }

    // ---- spans

    public Outcome accept() {
        return withSpan(s -> s.rejected() || s.suggested()
                ? run(List.of(SpanEdits.accept(draft.letterId(), s)), true)
                : advanced("already judged"));
    }

    public Outcome reject() {
        return withSpan(s -> s.rejected() ? advanced("already rejected")
                : run(List.of(SpanEdits.reject(draft.letterId(), s)), true));
    }

    public Outcome retype(SpanType type) {
        return withSpan(s -> s.type() == type ? Outcome.refused("already " + type)
                : edit(s, type, s.start(), s.end(), s.value()));
    }

    /** Moves the span's start ({@code end} false) or end edge by a character or a word, {@code dir} -1 or +1. */
    public Outcome moveEdge(boolean end, int dir, boolean word) {
        return withSpan(s -> {
            int start = end ? s.start() : TextEdges.move(draft.text(), s.start(), dir, word);
            int stop = end ? TextEdges.move(draft.text(), s.end(), dir, word) : s.end();
            if (stop <= start) {
                return Outcome.refused("a span keeps at least one character");
            }
            return edit(s, s.type(), start, stop, s.value());
        });
    }

    public Outcome setValue(String value) {
        return withSpan(s -> {
            String v = value == null || value.isBlank() ? null : value.strip();
            List<Change> changes = new ArrayList<>();
            changes.add(SpanEdits.edit(draft, s, s.type(), s.start(), s.end(), v));
            linkedItem(s, v).ifPresent(changes::add);
            Evidence.field(draft, s).filter(f -> FieldRules.problem(f, v).isEmpty())
                    .ifPresent(f -> changes.add(FormEdits.field(draft.letterId(), f, draft.fields().get(f), v)));
            return run(changes, false);
        });
    }

    /** A span the extractor missed, from the text selection; its value guessed from the text. */
    public Outcome addSpan(SpanType type, int start, int end) {
        if (draft == null || start < 0 || end <= start || end > draft.text().length()) {
            return Outcome.refused("select some text first");
        }
        if (draft.overlaps(start, end, null)) {
            return Outcome.refused("spans cannot overlap: reject or narrow the other span first");
        }
        Change add = SpanEdits.add(draft, type, start, end, values.guess(type, draft.text().substring(start, end)));
        Outcome o = run(List.of(add), false);
        draft.spanAt(start).ifPresent(s -> select(s.ref()));
        return o;
    }

    /** Accepts every shown suggestion of the type (one command, one undo). */
    public Outcome acceptAll(SpanType type) {
        if (draft == null || !cursor.shown(type)) {
            return Outcome.refused("no " + type + " suggestions shown");
        }
        List<Change> changes = draft.spans().stream().filter(s -> s.type() == type && s.suggested())
                .map(s -> SpanEdits.accept(draft.letterId(), s)).toList();
        return changes.isEmpty() ? Outcome.refused("no " + type + " suggestions left") : run(changes, false);
    }

    public long unjudged() {
        return draft == null ? 0 : draft.spans().stream().filter(DraftSpan::suggested).count();
    }

    // ---- form

    public Outcome editItem(Ref ref, ItemColumn column, String text) {
        Optional<DraftItem> found = draft == null ? Optional.empty() : draft.item(ref);
        if (found.isEmpty()) {
            return Outcome.refused("that item is gone");
        }
        DraftItem i = found.get();
        Item values;
        try {
            values = column.set(i.item(), text);
        } catch (IllegalArgumentException e) {
            return Outcome.refused(e.getMessage());
        }
        if (values.equals(i.item())) {
            return Outcome.DONE;
        }
        List<Change> changes = new ArrayList<>();
        changes.add(FormEdits.item(draft.letterId(), i, values));
        Evidence.span(draft, i, column).filter(s -> !column.get(values).equals(s.value() == null ? "" : s.value()))
                .ifPresent(s -> changes.add(SpanEdits.edit(draft, s, s.type(), s.start(), s.end(),
                        column.get(values).isEmpty() ? null : column.get(values))));
        return run(changes, false);
    }

    public Outcome addItem() {
        return draft == null ? Outcome.refused("no letter open") : run(List.of(FormEdits.addItem(draft.letterId(),
                new Item("New item", null, null, null, null, null, List.of(), "", null, null))), false);
    }

    public Outcome removeItem(Ref ref) {
        return draft == null || draft.item(ref).isEmpty() ? Outcome.refused("no item selected")
                : run(List.of(FormEdits.removeItem(draft.letterId(), draft.item(ref).get())), false);
    }

    public Outcome editField(String name, String value) {
        if (draft == null) {
            return Outcome.refused("no letter open");
        }
        Optional<String> problem = FieldRules.problem(name, value);
        if (problem.isPresent()) {
            return Outcome.refused(problem.get());
        }
        String before = draft.fields().get(name);
        String after = FieldRules.normal(name, value);
        if (java.util.Objects.equals(before, after)) {
            return Outcome.DONE;
        }
        return run(List.of(FormEdits.field(draft.letterId(), name, before, after)), false);
    }

    // ---- the letter

    /** Ctrl+Enter: VERIFIED, with the items accepted; asks first while suggestions are unjudged. */
    public Outcome verify(boolean acceptRest) {
        if (draft == null) {
            return Outcome.refused("no letter open");
        }
        long open = unjudged();
        if (open > 0 && !acceptRest) {
            return Outcome.confirm(open + " suggestion" + (open == 1 ? " is" : "s are") + " not judged yet."
                    + " Accept the rest and mark the letter verified?");
        }
        List<Change> changes = new ArrayList<>();
        draft.spans().stream().filter(DraftSpan::suggested)
                .forEach(s -> changes.add(SpanEdits.accept(draft.letterId(), s)));
        draft.items().stream().filter(i -> i.state() == org.imrworkstation.store.State.SUGGESTED)
                .forEach(i -> changes.add(FormEdits.acceptItem(draft.letterId(), i)));
        changes.add(FormEdits.review(draft, ReviewStatus.VERIFIED, draft.comment(), secondsOnLetter()));
        return run(changes, false);
    }

    public Outcome flag(String comment) {
        return draft == null ? Outcome.refused("no letter open") : run(List.of(FormEdits.review(draft,
                ReviewStatus.FLAGGED, comment == null || comment.isBlank() ? null : comment.strip(),
                secondsOnLetter())), false);
    }

    // ---- undo and redo

    /** Undoes the last command; when it was made on another letter, that letter is opened again. */
    public Outcome undo(Consumer<String> failed) {
        Optional<Command> c = stack.popUndo();
        if (c.isEmpty()) {
            return Outcome.refused("nothing to undo");
        }
        Command cmd = c.get();
        List<Change> reversed = new ArrayList<>(cmd.changes());
        java.util.Collections.reverse(reversed);
        reversed.forEach(ch -> ch.revertOn(draft));
        ahead.clear(); // undoLast() undoes the log's last rows, whichever letter they are of
        int n = cmd.changes().size();
        queue.write("undo " + cmd.label(), st -> {
            for (int i = 0; i < n; i++) {
                if (st.reviews().undoLast().isEmpty()) {
                    throw new StoreException("the database has nothing left to undo");
                }
            }
        });
        return settle(cmd, failed);
    }

    public Outcome redo(Consumer<String> failed) {
        Optional<Command> c = stack.popRedo();
        if (c.isEmpty()) {
            return Outcome.refused("nothing to redo");
        }
        Command cmd = c.get();
        ahead.clear();
        cmd.changes().forEach(ch -> {
            ch.applyTo(draft);
            queue.write(ch.label(), ch.write());
        });
        return settle(cmd, failed);
    }

    public boolean canUndo() {
        return stack.canUndo();
    }

    public boolean canRedo() {
        return stack.canRedo();
    }

    private Outcome settle(Command cmd, Consumer<String> failed) {
        if (draft == null || draft.letterId() != cmd.letterId()) {
            open(cmd.letterId(), failed);
        } else {
            fire(Event.CONTENT);
        }
        return Outcome.DONE;
    }

    private Outcome run(List<Change> changes, boolean advance) {
        Command cmd = new Command(changes.get(0).label() + (changes.size() > 1 ? " (+" + (changes.size() - 1) + ")" : ""),
                draft.letterId(), changes);
        for (Change ch : changes) {
            ch.applyTo(draft);
            ahead.writing(ch.letterId(), draft.letterId());
            queue.write(ch.label(), ch.write());
        }
        stack.pushNew(cmd);
        if (advance) {
            cursor.advance(draft);
        }
        fire(Event.CONTENT);
        return Outcome.DONE;
    }

    private Outcome edit(DraftSpan s, SpanType type, int start, int end, String value) {
        if (draft.overlaps(start, end, s.ref())) {
            return Outcome.refused("spans cannot overlap: reject or narrow the other span first");
        }
        return run(List.of(SpanEdits.edit(draft, s, type, start, end, value)), false);
    }

    private Outcome advanced(String why) {
        cursor.advance(draft);
        fire(Event.SELECTION);
        return Outcome.refused(why);
    }

    /** The item cell a span is the evidence of, set to the span's new value (the form follows the text). */
    private Optional<Change> linkedItem(DraftSpan s, String value) {
        Optional<ItemColumn> col = ItemColumn.of(s.type());
        Optional<DraftItem> item = Evidence.item(draft, s.start()).filter(i -> col.isPresent()
                && Evidence.span(draft, i, col.get()).map(e -> e.ref() == s.ref()).orElse(false));
        if (item.isEmpty()) {
            return Optional.empty();
        }
        try {
            Item values = col.get().set(item.get().item(), value);
            return values.equals(item.get().item()) ? Optional.empty()
                    : Optional.of(FormEdits.item(draft.letterId(), item.get(), values));
        } catch (IllegalArgumentException notAValueOfTheColumn) {
            return Optional.empty();
        }
    }

    private Outcome withSpan(java.util.function.Function<DraftSpan, Outcome> action) {
        Optional<DraftSpan> s = current();
        return s.isEmpty() ? Outcome.refused("no span selected: Tab to one") : action.apply(s.get());
    }

    private int secondsOnLetter() {
        return (int) Math.min(Integer.MAX_VALUE, (clock.getAsLong() - openedAt) / 1000);
    }

    private void fire(Event e) {
        listeners.forEach(l -> l.accept(e));
    }
}
