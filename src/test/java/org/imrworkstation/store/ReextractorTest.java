package org.imrworkstation.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.imrworkstation.extract.Extractor;
import org.imrworkstation.record.SpanType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReextractorTest {

    @TempDir
    Path tmp;

    @Test
    void keepsJudgedAnnotationsAndReplacesUntouchedSuggestions() throws Exception {
        try (Database db = Database.open(tmp.resolve("imr"))) {
            long id = TestLetters.importInto(db, tmp.resolve("letters"), 2).get(0);
            LetterStore store = new LetterStore(db);
            ReviewService ann = new ReviewService(db, "ann");
            StoredLetter before = store.load(id).orElseThrow();
            StoredSpan accepted = before.spans().get(0);
            StoredSpan edited = before.spans().get(1);
            StoredSpan rejected = before.spans().get(2);
            ann.acceptSpan(accepted.id());
            ann.editSpan(edited.id(), edited.type(), edited.start(), edited.end(), "corrected", Reason.VALUE);
            ann.rejectSpan(rejected.id(), Reason.SPURIOUS);
            int free = ReviewServiceTest.freeOffset(before);
            long manual = ann.addSpan(id, SpanType.DRUG, free, free + 3, "manual");
            ann.editField(id, "patient_age", "99");
            // an older extractor's mistakes: one untouched suggestion with a wrong value, one too many
            StoredSpan stale = before.spans().get(3);
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.executeUpdate("UPDATE span SET value = 'stale' WHERE id = " + stale.id());
                st.executeUpdate("UPDATE letter SET extractor_version = '0.9'");
            }

            Reextractor.Counts counts = new Reextractor(db, new Extractor()).run(n -> { });

            assertThat(counts.letters()).isEqualTo(2);
            assertThat(counts.removed()).isEqualTo(1);
            assertThat(counts.added()).isEqualTo(1);
            assertThat(counts.kept()).isEqualTo(5); // 4 spans + 1 field a person judged
            StoredLetter after = store.load(id).orElseThrow();
            assertThat(after.span(accepted.id()).state()).isEqualTo(State.ACCEPTED);
            assertThat(after.span(edited.id()).value()).isEqualTo("corrected");
            assertThat(after.span(rejected.id()).state()).isEqualTo(State.REJECTED);
            assertThat(after.span(manual).origin()).isEqualTo(Origin.MANUAL);
            assertThat(after.field("patient_age").value()).isEqualTo("99");
            assertThat(after.spans()).extracting(StoredSpan::id).doesNotContain(stale.id());
            assertThat(after.spans()).filteredOn(s -> s.start() == stale.start() && s.end() == stale.end())
                    .singleElement().satisfies(s -> assertThat(s.value()).isEqualTo(stale.value()));
            assertThat(after.spans().size()).isEqualTo(before.spans().size() + 1); // + the manual span
            assertThat(store.status().extractorVersions()).containsOnlyKeys(Extractor.VERSION);
        }
    }
}
