package org.imrworkstation.export.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.imrworkstation.record.Decision;
import org.imrworkstation.record.SpanType;
import org.imrworkstation.store.Assignments;
import org.imrworkstation.store.Database;
import org.imrworkstation.store.LetterStore;
import org.imrworkstation.store.ReviewStatus;
import org.imrworkstation.store.State;
import org.imrworkstation.store.StoredLetter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Per-disagreement choices of the Adjudicator on a real H2 file: what lands in the main set, undo, finish. */
class AdjudicationChoicesTest {

    @TempDir
    Path tmp;

    @Test
    void disagreementsChoicesUndoAndFinish() throws Exception {
        try (Database db = Database.open(tmp.resolve("db/imr"))) {
            TwoAnnotators two = new TwoAnnotators(db, tmp.resolve("letters"));
            long id = two.letterId;
            assertThat(new Assignments(db).doubleAnnotated()).singleElement().satisfies(d -> {
                assertThat(d.letterId()).isEqualTo(id);
                assertThat(d.a()).isEqualTo("ana");
                assertThat(d.b()).isEqualTo("bob");
                assertThat(d.bothDone()).isTrue();
                assertThat(d.main()).isEqualTo(ReviewStatus.UNREVIEWED);
            });

            Adjudicator adj = new Adjudicator(db, "lead");
            LetterAdjudication l = adj.load(id, "ana", "bob");
            assertThat(l.disagreements()).extracting(Disagreement::key).containsExactly(
                    "span " + TwoAnnotators.SUMMARY_DRUG + "-" + (TwoAnnotators.SUMMARY_DRUG + 8), "item 1",
                    "field patient_age", "field patient_sex");
            Disagreement.Spans span = (Disagreement.Spans) l.disagreements().get(0);
            assertThat(span.a()).isEmpty();
            assertThat(Disagreement.Spans.describe(span.b())).startsWith("DRUG «Baclofen»");
            Disagreement.Items item = (Disagreement.Items) l.disagreements().get(1);
            assertThat(item.describe(item.a())).isEqualTo("decision OVERTURNED");
            assertThat(item.describe(item.b())).isEqualTo("decision UPHELD");
            assertThat(l.settledCount(Set.of())).isZero();

            // A's span (none: the main set's suggestion goes), B's item, an edited age, A's sex
            assertThat(adj.logged(id, () -> adj.choose(id, span, "ana", true))).isEqualTo(1);
            // the same choice again finds nothing to change: the window remembers it as decided itself
            assertThat(adj.logged(id, () -> adj.choose(id, span, "ana", true))).isZero();
            assertThat(adj.logged(id, () -> adj.choose(id, item, "bob", false))).isEqualTo(1);
            adj.edit(id, l.disagreements().get(2), "ana", "bob", " 53 ");
            l = adj.load(id, "ana", "bob");
            assertThat(l.finalIs(span)).isEqualTo("A");
            assertThat(l.finalIs(item)).isEqualTo("B");
            assertThat(l.finalIs(l.disagreements().get(2))).isEqualTo("edited");
            assertThat(l.finalVersion(l.disagreements().get(2))).isEqualTo("53");
            assertThat(l.settledCount(Set.of())).isEqualTo(3);
            assertThat(adj.finishIfSettled(l, Set.of())).isFalse();

            Disagreement sex = l.disagreements().get(3);
            int changes = adj.logged(id, () -> {
                adj.choose(id, sex, "ana", true);
                adj.finishIfSettled(adj.load(id, "ana", "bob"), Set.of());
            });
            assertThat(changes).isEqualTo(2);
            StoredLetter main = new LetterStore(db).load(id).orElseThrow();
            assertThat(main.review().status()).isEqualTo(ReviewStatus.VERIFIED);
            assertThat(main.review().annotator()).isEqualTo("lead");
            assertThat(main.spans().stream().filter(s -> s.start() == TwoAnnotators.SUMMARY_DRUG).toList())
                    .singleElement().satisfies(s -> assertThat(s.state()).isEqualTo(State.REJECTED));
            assertThat(main.items().get(0).item().decision()).isEqualTo(Decision.UPHELD);
            assertThat(main.items().get(0).state()).isEqualTo(State.ACCEPTED);
            assertThat(main.field("patient_age").value()).isEqualTo("53");
            assertThat(main.field("patient_sex").value()).isEqualTo("M");

            // one undo of the last choice takes back both its changes: the sex and the verification
            assertThat(adj.undo(changes)).isEqualTo(2);
            main = new LetterStore(db).load(id).orElseThrow();
            assertThat(main.review().status()).isEqualTo(ReviewStatus.UNREVIEWED);
            assertThat(main.field("patient_sex").state()).isEqualTo(State.SUGGESTED);
            assertThat(main.field("patient_age").value()).isEqualTo("53");
        }
    }

    @Test
    void aValueDisagreementIsEditedOnTopOfASpan() throws Exception {
        try (Database db = Database.open(tmp.resolve("db/imr"))) {
            TwoAnnotators two = new TwoAnnotators(db, tmp.resolve("letters"));
            long id = two.letterId;
            // bob changes the value of the heading's drug: the copies then differ in the value only
            var bob = new org.imrworkstation.store.AssignedReview(db, "bob");
            var norco = bob.load(id).orElseThrow().spans().stream()
                    .filter(s -> s.type() == SpanType.DRUG && s.text().equals("Norco")).findFirst().orElseThrow();
            bob.editSpan(norco.id(), SpanType.DRUG, norco.start(), norco.end(), "oxycodone", null);
            Adjudicator adj = new Adjudicator(db, "lead");
            LetterAdjudication l = adj.load(id, "ana", "bob");
            List<Disagreement> spans = l.disagreements().stream().filter(d -> d instanceof Disagreement.Spans).toList();
            Disagreement.Spans value = (Disagreement.Spans) spans.stream().filter(d -> d.start() == norco.start())
                    .findFirst().orElseThrow();
            assertThat(value.a()).hasSize(1);
            assertThat(value.b()).singleElement().satisfies(s -> assertThat(s.value()).isEqualTo("oxycodone"));
            adj.edit(id, value, "ana", "bob", "hydrocodone/apap");
            StoredLetter main = new LetterStore(db).load(id).orElseThrow();
            assertThat(main.spans().stream().filter(s -> s.start() == norco.start() && s.state() != State.REJECTED))
                    .singleElement().satisfies(s -> assertThat(s.value()).isEqualTo("hydrocodone/apap"));
            assertThat(adj.load(id, "ana", "bob").finalIs(value)).isEqualTo("edited");
        }
    }
}
