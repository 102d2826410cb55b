package org.imrworkstation.review.ui;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;
import org.imrworkstation.review.StoreQueue;
import org.imrworkstation.store.CorpusSort;
import org.imrworkstation.store.LetterDetails;
import org.imrworkstation.store.LetterQuery;
import org.imrworkstation.store.LetterSummary;
import org.imrworkstation.store.ReviewStatus;

/**
 * The corpus: a virtualized table filled a page at a time by keyset paging as the clerk scrolls
 * (LetterStore.list; never the whole corpus), with filters, a text search and the verified count.
 * Clicking a column header sorts the whole filtered corpus in the store (ascending, descending, then
 * letter order again) and starts again from the top; the table never sorts the loaded rows itself
 * (decision 0010). Decisions and drugs (lists of values) are not sortable.
 */
public final class CorpusView extends BorderPane {

    static final int PAGE = 200;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM-dd HH:mm", Locale.ROOT);

    private final StoreQueue queue;
    private final TableView<CorpusRow> table = new TableView<>();
    private final ComboBox<String> status = combo("any status", ReviewStatus.values());
    private final ComboBox<String> decision = combo("any decision", new String[] {"UPHELD", "OVERTURNED", "PARTIAL"});
    private final TextField drug = new TextField();
    private final TextField annotator = new TextField();
    private final TextField search = new TextField();
    private final Label counts = new Label();
    private final Consumer<String> message;
    private LetterQuery query = LetterQuery.ALL;
    private final Map<TableColumn<CorpusRow, ?>, CorpusSort> sortable = new HashMap<>();
    private CorpusSort sort;
    private boolean descending;
    private long total;
    /** The last row read (as read: the next page starts after its values), null before the first page. */
    private LetterSummary after;
    private final Set<Long> shown = new HashSet<>();
    /** After a sort click the table stays at the top: the open letter's row is selected where it is, not revealed. */
    private boolean stayAtTop;
    private boolean more;
    private boolean loading;
    private int generation;
    private Runnable pageShown = () -> { };

    public CorpusView(StoreQueue queue, Consumer<CorpusRow> open, Consumer<String> message) {
        this.queue = queue;
        this.message = message;
        table.setId("corpus-table");
        table.setPlaceholder(new Label("no letters: File > Import, or drop files here"));
        table.getColumns().addAll(List.of(
                column("File", r -> r.summary().fileName(), 140, CorpusSort.FILE),
                column("Status", r -> r.status().name().toLowerCase(Locale.ROOT).replace('_', ' '), 92,
                        CorpusSort.STATUS),
                column("Items", r -> r.summary().items(), 44, CorpusSort.ITEMS),
                column("Decisions", r -> r.details() == null ? "" : nz(r.details().decisions()), 90, null),
                column("Drugs", r -> r.details() == null ? "" : nz(r.details().drugs()), 120, null),
                column("Annotator", r -> nz(r.annotator()), 70, CorpusSort.ANNOTATOR),
                column("Last change", r -> r.lastChange() == null ? ""
                        : WHEN.format(r.lastChange().atZoneSameInstant(ZoneId.systemDefault())), 80,
                        CorpusSort.LAST_CHANGE),
                column("Risk", r -> r.summary().risk(), 40, CorpusSort.RISK)));
        // the header's clicks set the sort order and arrows as usual; the rows come sorted from the store.
        // Consuming the sort request ends TableView.sort() before it touches the rows or the selection
        // (clearing the rows inside the sort policy breaks its selection bookkeeping)
        table.setOnSort(e -> {
            e.consume();
            sortClicked();
        });
        table.setSortPolicy(t -> true);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(CorpusRow r, boolean empty) {
                super.updateItem(r, empty);
                // a row near the end came into view: fetch the next page (virtualized: rows are few)
                if (!empty && getIndex() >= table.getItems().size() - 20) {
                    loadMore();
                }
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                open.accept(now);
            }
        });
        drug.setPromptText("drug");
        annotator.setPromptText("annotator");
        search.setPromptText("search text (Enter)");
        search.setId("corpus-search");
        status.setId("corpus-status");
        drug.setPrefColumnCount(9);
        annotator.setPrefColumnCount(7);
        search.setPrefColumnCount(16);
        status.setOnAction(e -> reload());
        decision.setOnAction(e -> reload());
        drug.setOnAction(e -> reload());
        annotator.setOnAction(e -> reload());
        search.setOnAction(e -> reload());
        counts.getStyleClass().add("counts");
        counts.setId("corpus-counts");
        FlowPane filters = new FlowPane(4, 4, status, decision, drug, annotator, search);
        VBox top = new VBox(4, counts, filters);
        top.setPadding(new Insets(4));
        setTop(top);
        setCenter(table);
    }

    /** Called on the FX thread after each page is added to the table. */
    public void onPageShown(Runnable r) {
        pageShown = r;
    }

    public TableView<CorpusRow> table() {
        return table;
    }

    /** Drug names for the drug filter's completion (from the store, most frequent first). */
    public void drugChoices(List<String> names) {
        TextFields.bindAutoCompletion(drug, names);
    }

    public void reload() {
        query = new LetterQuery(status.getSelectionModel().getSelectedIndex() <= 0 ? null
                : ReviewStatus.valueOf(status.getValue()),
                decision.getSelectionModel().getSelectedIndex() <= 0 ? null : decision.getValue(),
                blank(drug.getText()) ? null : drug.getText().strip().toLowerCase(Locale.ROOT),
                blank(annotator.getText()) ? null : annotator.getText().strip(),
                blank(search.getText()) ? null : search.getText().strip()).sortedBy(sort, descending);
        restart();
        refreshCounts();
    }

    /** The store's order for the table's sort order: its first column (a shift-click's extra ones are dropped). */
    private void sortClicked() {
        List<TableColumn<CorpusRow, ?>> order = table.getSortOrder();
        if (order.size() > 1) {
            TableColumn<CorpusRow, ?> last = order.get(order.size() - 1);
            javafx.application.Platform.runLater(() -> table.getSortOrder().setAll(List.of(last)));
            return;
        }
        TableColumn<CorpusRow, ?> first = order.isEmpty() ? null : order.get(0);
        CorpusSort by = first == null ? null : sortable.get(first);
        boolean desc = by != null && first.getSortType() == TableColumn.SortType.DESCENDING;
        if (by == sort && desc == descending) {
            return;
        }
        sort = by;
        descending = desc;
        query = query.sortedBy(sort, descending);
        stayAtTop = true;
        restart();
    }

    /** The query's first page again, from the top. */
    private void restart() {
        generation++;
        after = null;
        shown.clear();
        more = true;
        loading = false;
        table.getItems().clear();
        loadMore();
    }

    public void refreshCounts() {
        queue.read(s -> s.letters().status(), st -> {
            total = st.letters();
            counts.setText("verified " + st.verified() + " / " + st.letters() + "   (flagged " + st.flagged()
                    + ", unreviewed " + st.unreviewed() + ")");
        }, message);
    }

    /** "N" of "letter n of N": the whole corpus, or the filtered rows loaded so far ("200+"). */
    public String ofHowMany() {
        if (!query.filters()) {
            return String.valueOf(Math.max(total, table.getItems().size()));
        }
        return table.getItems().size() + (more ? "+" : "");
    }

    /** The loaded row of a letter, changed in place (after verify or flag). */
    public void update(long letterId, ReviewStatus st, String who) {
        for (int i = 0; i < table.getItems().size(); i++) {
            CorpusRow r = table.getItems().get(i);
            if (r.id() == letterId) {
                table.getItems().set(i, r.with(st, who, OffsetDateTime.now()));
            }
        }
    }

    /** Selects the row of a letter if it is loaded (without opening it again). */
    public int indexOf(long letterId) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).id() == letterId) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Brings a row into view, as before with five rows above it, but only when it is not in view:
     * scrolling a table that already shows the row re-lays and redraws every row for nothing. Not
     * after a sort click until a letter is opened: the sorted table starts at its top.
     */
    public void reveal(int index) {
        if (stayAtTop) {
            return;
        }
        if (table.lookup(".virtual-flow") instanceof javafx.scene.control.skin.VirtualFlow<?> flow) {
            var first = flow.getFirstVisibleCell();
            var last = flow.getLastVisibleCell();
            // the last visible cell may be cut off at the bottom: count it as out of view
            if (first != null && last != null && index > first.getIndex() && index < last.getIndex()) {
                return;
            }
        }
        table.scrollTo(Math.max(0, index - 5));
    }

    /** A letter was opened (not by a page arriving): its row may be brought into view again. */
    public void letterOpened() {
        stayAtTop = false;
    }

    /** Shows the letters of a query (the benchmark's way in; the clerk uses the filter controls). */
    void apply(LetterQuery q) {
        query = q;
        sort = q.sort();
        descending = q.descending();
        restart();
    }

    boolean loading() {
        return loading;
    }

    public boolean hasMore() {
        return more;
    }

    private void loadMore() {
        if (loading || !more) {
            return;
        }
        loading = true;
        int gen = generation;
        LetterQuery q = query;
        LetterSummary from = after;
        queue.read(s -> {
            List<LetterSummary> page = s.letters().list(q, from, PAGE);
            Map<Long, LetterDetails> details = s.letters().details(page.stream().map(LetterSummary::id).toList());
            List<CorpusRow> rows = new ArrayList<>(page.size());
            page.forEach(p -> rows.add(CorpusRow.of(p, details.get(p.id()))));
            return rows;
        }, rows -> {
            if (gen != generation) {
                return; // the filter changed while this page was read
            }
            loading = false;
            more = rows.size() == PAGE;
            if (!rows.isEmpty()) {
                boolean first = after == null;
                after = rows.get(rows.size() - 1).summary();
                // a letter whose sorted value changed since (verified, edited) may come round again
                table.getItems().addAll(rows.stream().filter(r -> shown.add(r.id())).toList());
                if (first) {
                    table.scrollTo(0);
                }
            }
            pageShown.run();
        }, msg -> {
            loading = false;
            message.accept("corpus list: " + msg);
        });
    }

    private <T> TableColumn<CorpusRow, T> column(String title, Function<CorpusRow, T> value, double width,
                                                 CorpusSort by) {
        TableColumn<CorpusRow, T> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.setPrefWidth(width);
        c.setId("corpus-col-" + title.toLowerCase(Locale.ROOT).replace(' ', '-'));
        if (by == null) {
            c.setSortable(false);
        } else {
            sortable.put(c, by);
        }
        return c;
    }

    private static ComboBox<String> combo(String any, Object[] values) {
        ComboBox<String> c = new ComboBox<>();
        c.getItems().add(any);
        for (Object v : values) {
            c.getItems().add(v.toString());
        }
        c.getSelectionModel().select(0);
        c.setFocusTraversable(false);
        return c;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
