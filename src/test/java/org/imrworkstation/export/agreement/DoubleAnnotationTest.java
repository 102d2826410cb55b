package org.imrworkstation.export.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.imrworkstation.bench.SyntheticLetters;
import org.imrworkstation.cli.ImrCommand;
import org.imrworkstation.eval.SpanReport;
import org.imrworkstation.record.Decision;
import org.imrworkstation.record.Item;
import org.imrworkstation.record.SpanType;
import org.imrworkstation.store.AssignedReview;
import org.imrworkstation.store.Assignments;
import org.imrworkstation.store.Database;
import org.imrworkstation.store.LetterStore;
import org.imrworkstation.store.Reason;
import org.imrworkstation.store.ReviewStatus;
import org.imrworkstation.store.State;
import org.imrworkstation.store.StoreException;
import org.imrworkstation.store.StoredItem;
import org.imrworkstation.store.StoredLetter;
import org.imrworkstation.store.StoredSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** assign, per-annotator review (blind), agreement and adjudication on a real H2 file. */
class DoubleAnnotationTest {

    @TempDir
    Path tmp;

    static int run(String... args) {
        return ImrCommand.run(args, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    }

    static String out(String... args) {
        StringWriter out = new StringWriter();
        ImrCommand.run(args, new PrintWriter(out, true), new PrintWriter(out, true));
        return out.toString();
    }

    @Test
    void blindCopiesAgreementAndAdjudication() throws Exception {
        Path letters = Files.createDirectories(tmp.resolve("letters"));
        SyntheticLetters gen = SyntheticLetters.fromSamples();
        for (int i = 0; i < 4; i++) {
            Files.writeString(letters.resolve("l" + i + ".txt"), gen.letter(i), StandardCharsets.UTF_8);
        }
        String dbPath = tmp.resolve("db/imr").toString();
        assertThat(run("import", letters.toString(), "--db", dbPath)).isZero();
        assertThat(out("assign", "--share", "0.5", "--a", "ana", "--b", "bob", "--db", dbPath))
                .startsWith("assigned 2 letters to ana and bob");
        assertThat(out("assign", "--share", "1.5", "--a", "ana", "--b", "bob", "--db", dbPath))
                .startsWith("error: --share must be");

        try (Database db = Database.open(Path.of(dbPath))) {
            AssignedReview ana = new AssignedReview(db, "ana");
            AssignedReview bob = new AssignedReview(db, "bob");
            List<Long> queue = ana.queue();
            assertThat(queue).hasSize(2).isEqualTo(bob.queue());
            long id = queue.get(0);
            StoredLetter before = new LetterStore(db).load(id).orElseThrow();
            StoredLetter anaCopy = ana.load(id).orElseThrow();
            assertThat(anaCopy.spans()).hasSize(before.spans().size()).allMatch(s -> s.state() == State.SUGGESTED);

            // ana rejects a drug and changes the age; bob changes the first item's decision
            StoredSpan anaDrug = anaCopy.spans().stream().filter(s -> s.type() == SpanType.DRUG).findFirst().orElseThrow();
            ana.rejectSpan(anaDrug.id(), Reason.SPURIOUS);
            ana.editField(id, "patient_age", "77");
            StoredLetter bobCopy = bob.load(id).orElseThrow();
            StoredItem bobItem = bobCopy.items().get(0);
            Item it = bobItem.item();
            Decision other = it.decision() == Decision.UPHELD ? Decision.OVERTURNED : Decision.UPHELD;
            bob.editItem(bobItem.id(), new Item(it.treatment(), it.drug(), it.strength(), it.quantity(), it.refills(),
                    other, it.guidelines(), it.pages(), it.evidenceStart(), it.evidenceEnd()));

            // blind: bob sees none of ana's work and cannot touch her rows; the main set is unchanged
            assertThat(bob.load(id).orElseThrow().spans()).allMatch(s -> s.state() == State.SUGGESTED);
            assertThat(bob.load(id).orElseThrow().field("patient_age").value())
                    .isEqualTo(before.field("patient_age").value());
            assertThatThrownBy(() -> bob.acceptSpan(anaDrug.id())).isInstanceOf(StoreException.class)
                    .hasMessage("span " + anaDrug.id() + " is not in bob's assignments");
            assertThat(new LetterStore(db).load(id).orElseThrow().spans()).isEqualTo(before.spans());
            assertThat(new AssignedReview(db, "carl").load(id)).isEmpty();

            // undo works on the copies too
            ana.editField(id, "patient_sex", "X");
            assertThat(ana.undoLast()).isPresent();
            assertThat(ana.load(id).orElseThrow().field("patient_sex").value())
                    .isEqualTo(before.field("patient_sex").value());

            for (long l : queue) {
                ana.setReview(l, ReviewStatus.VERIFIED, null, 10);
            }
            bob.setReview(id, ReviewStatus.VERIFIED, null, 10);
            assertThat(new Assignments(db).shared("ana", "bob", false)).containsExactly(id);

            AgreementReport r = new Agreement(db).compute("ana", "bob", false);
            assertThat(r.letters()).isEqualTo(1);
            SpanReport.Row drug = r.spans().stream().filter(x -> x.type().equals("DRUG")).findFirst().orElseThrow();
            assertThat(drug.gold()).isEqualTo(drug.pred() - 1);
            assertThat(drug.f1()).isLessThan(1.0).isGreaterThan(0.5);
            SpanReport.Row date = r.spans().stream().filter(x -> x.type().equals("DATE")).findFirst().orElseThrow();
            assertThat(date.f1()).isEqualTo(1.0);
            assertThat(r.decisions().observed()).isLessThan(1.0);
            Kappa age = r.fields().stream().filter(k -> k.what().equals("patient_age")).findFirst().orElseThrow();
            assertThat(age.observed()).isZero();
            assertThat(r.disagreements()).anyMatch(d -> d.contains("spurious DRUG"))
                    .anyMatch(d -> d.contains("field patient_age"))
                    .anyMatch(d -> d.contains("decision"));

            // adjudicate: ana's version, then bob's item; verify; the main set now says so
            Adjudicator adj = new Adjudicator(db, "lead");
            adj.takeAll(id, "ana");
            adj.takeItem(id, "bob", bobItem.id());
            adj.finish(id, "adjudicated");
            StoredLetter main = new LetterStore(db).load(id).orElseThrow();
            assertThat(main.review().status()).isEqualTo(ReviewStatus.VERIFIED);
            assertThat(main.review().annotator()).isEqualTo("lead");
            assertThat(main.field("patient_age").value()).isEqualTo("77");
            assertThat(main.spans().stream().filter(s -> s.start() == anaDrug.start()).findFirst().orElseThrow().state())
                    .isEqualTo(State.REJECTED);
            assertThat(main.items().get(0).item().decision()).isEqualTo(other);
            assertThat(main.spans().stream().filter(s -> s.state() != State.REJECTED)).hasSize(before.spans().size() - 1);
            // every step was the lead's logged change: undo takes back the last one
            assertThat(adj.review().undoLast()).isPresent();
            assertThat(new LetterStore(db).load(id).orElseThrow().review().status()).isNotEqualTo(ReviewStatus.VERIFIED);
        }
        String report = out("agreement", "--a", "ana", "--b", "bob", "--db", dbPath);
        assertThat(report).startsWith("agreement of ana and bob over 1 letters").contains("DRUG", "item decision",
                "patient_age", "disagreements:");
        assertThat(out("agreement", "--a", "ana", "--b", "carl", "--db", dbPath)).startsWith("error: no letters");
        long second = new java.util.ArrayList<>(List.of(1L, 2L, 3L, 4L)).stream().filter(l -> {
            try (Database db = Database.open(Path.of(dbPath))) {
                return new AssignedReview(db, "bob").load(l).isPresent();
            }
        }).reduce((x, y) -> y).orElseThrow();
        assertThat(out("adjudicate", "--letter", Long.toString(second), "--take", "bob", "--lead", "lead", "--db",
                dbPath)).isEqualTo("letter " + second + ": bob's version taken and verified\n");
        assertThat(out("adjudicate", "--letter", "99", "--take", "bob", "--db", dbPath))
                .isEqualTo("error: letter 99 is not assigned to bob\n");
    }

    @Test
    void kappa() {
        Kappa k = Kappa.of("x", List.of(new Kappa.Pair("A", "A"), new Kappa.Pair("A", "B"), new Kappa.Pair("B", "B"),
                new Kappa.Pair("B", "B")));
        // po = 0.75; pe = 0.5*0.25 + 0.5*0.75 = 0.5; kappa = 0.5
        assertThat(k.observed()).isEqualTo(0.75);
        assertThat(k.kappa()).isEqualTo(0.5);
        assertThat(Kappa.of("same", List.of(new Kappa.Pair("A", "A"))).kappa()).isNaN();
        assertThat(Kappa.of("nulls", List.of(new Kappa.Pair(null, null), new Kappa.Pair("A", null))).observed())
                .isEqualTo(0.5);
    }
}
