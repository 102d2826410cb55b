package org.imrworkstation.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.imrworkstation.check.FlagKind;
import org.imrworkstation.extract.Extractor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks in the store: flags at import, dismissal with a reason, undo, risk order, re-extraction. */
class FlagStoreTest {

    @TempDir
    Path tmp;

    Database db;
    FlagStore flags;
    ReviewService ann;
    long risky;
    long clean;

    /** A 2016-layout letter whose header puts the injury after the UR date when {@code swapped}. */
    static String letter(boolean swapped, String heading) {
        String injury = swapped ? "11/20/2016" : "03/02/2012";
        String ur = swapped ? "03/02/2012" : "11/20/2016";
        return "Case Number:\nDate Assigned:\nDecision Date:\nPriority:\n\nCM16-0000001\n"
                + "12/01/2016\n12/20/2016\nStandard\n\nDate of Injury:\nUR Denial Date:\nApplication\nReceived:\n\n"
                + injury + "\n" + ur + "\n12/01/2016\n\n"
                + "HOW THE IMR FINAL DETERMINATION WAS MADE\n"
                + "MAXIMUS Federal Services sent the complete case file to an expert reviewer.\n"
                + "CLINICAL CASE SUMMARY\n"
                + "The injured worker is a 50 year old male. Current medications include Baclofen.\n\n"
                + "IMR ISSUES, DECISIONS AND RATIONALES\n"
                + "The Final Determination was based on decisions for the disputed items/services set forth below:\n"
                + heading + ": Upheld\n"
                + "Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment 2009.\n"
                + "MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2009,\n"
                + "Section(s): Muscle relaxants.\n"
                + "Decision rationale: The records do not show functional improvement with Baclofen."
                + " Therefore, the request is not medically necessary.\n";
    }

    long importText(String name, String text) throws Exception {
        Path f = tmp.resolve("letters").resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text, StandardCharsets.UTF_8);
        try (LetterImporter importer = new LetterImporter(db, 10)) {
            importer.add(TestLetters.extracted(f));
        }
        return new LetterStore(db).list(LetterQuery.ALL, 0, 100).stream()
                .filter(s -> s.fileName().equals(name)).findFirst().orElseThrow().id();
    }

    @BeforeEach
    void setUp() throws Exception {
        db = Database.open(tmp.resolve("db/imr"));
        flags = new FlagStore(db);
        ann = new ReviewService(db, "ann");
        clean = importText("clean.txt", letter(false, "Baclofen 10mg #30"));
        risky = importText("risky.txt", letter(true, "Baclofen 100mg #30"));
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void importStoresTheChecksFlagsWithTheirPlaceInTheText() {
        List<StoredFlag> f = flags.flags(risky);
        assertThat(f).extracting(StoredFlag::kind)
                .contains(FlagKind.INJURY_AFTER_UR_DATE, FlagKind.STRENGTH_IMPLAUSIBLE);
        String text = new LetterStore(db).load(risky).orElseThrow().text();
        StoredFlag strength = f.stream().filter(x -> x.kind() == FlagKind.STRENGTH_IMPLAUSIBLE).findFirst().orElseThrow();
        assertThat(strength.where()).isNotEmpty();
        assertThat(text.substring(strength.where().get(0).start(), strength.where().get(0).end())).contains("100mg");
        assertThat(flags.flags(clean)).isEmpty();
    }

    @Test
    void queueByRiskPutsTheFlaggedLetterFirstAndPagesByKeyset() {
        List<QueueEntry> page = flags.byRisk(LetterQuery.ALL, null, 1);
        assertThat(page).singleElement().satisfies(e -> {
            assertThat(e.letter().id()).isEqualTo(risky);
            assertThat(e.flags()).isEqualTo(2);
            assertThat(e.risk()).isGreaterThan(0);
        });
        List<QueueEntry> next = flags.byRisk(LetterQuery.ALL, page.get(0), 10);
        assertThat(next).extracting(e -> e.letter().id()).containsExactly(clean);
        assertThat(flags.byRisk(LetterQuery.ALL.withStatus(ReviewStatus.VERIFIED), null, 10)).isEmpty();
        assertThat(flags.byRisk(LetterQuery.ALL.withDrug("baclofen").withDecision("UPHELD"), null, 10)).hasSize(2);
    }

    @Test
    void dismissingNeedsAReasonIsLoggedLowersTheRiskAndUndoesCleanly() {
        int before = flags.byRisk(LetterQuery.ALL, null, 1).get(0).risk();
        StoredFlag f = flags.flags(risky).stream().filter(x -> x.kind() == FlagKind.STRENGTH_IMPLAUSIBLE)
                .findFirst().orElseThrow();
        assertThatThrownBy(() -> ann.dismissFlag(f.id(), " ")).isInstanceOf(StoreException.class)
                .hasMessageContaining("reason");

        ann.dismissFlag(f.id(), "compounded cream: 100 mg is right");

        StoredFlag after = flags.flags(risky).stream().filter(x -> x.id() == f.id()).findFirst().orElseThrow();
        assertThat(after.dismissed()).isTrue();
        assertThat(after.dismissedBy()).isEqualTo("ann");
        assertThat(after.dismissReason()).isEqualTo("compounded cream: 100 mg is right");
        assertThat(flags.byRisk(LetterQuery.ALL, null, 1).get(0).risk()).isEqualTo(before - 30);
        ChangeEntry logged = ann.history(risky).get(ann.history(risky).size() - 1);
        assertThat(logged.action()).isEqualTo("DISMISS");
        assertThat(logged.afterJson()).contains("compounded cream");

        ann.undoLast();
        assertThat(flags.flags(risky).stream().filter(x -> x.id() == f.id()).findFirst().orElseThrow().dismissed())
                .isFalse();
        assertThat(flags.byRisk(LetterQuery.ALL, null, 1).get(0).risk()).isEqualTo(before);
    }

    @Test
    void reextractionKeepsADismissedFindingDismissedAndDoesNotRaiseItAgain() {
        StoredFlag f = flags.flags(risky).stream().filter(x -> x.kind() == FlagKind.STRENGTH_IMPLAUSIBLE)
                .findFirst().orElseThrow();
        ann.dismissFlag(f.id(), "checked with the RFA");
        new Reextractor(db, new Extractor()).run(n -> { });
        List<StoredFlag> now = flags.flags(risky);
        assertThat(now).filteredOn(x -> x.kind() == FlagKind.STRENGTH_IMPLAUSIBLE).singleElement()
                .satisfies(x -> assertThat(x.dismissed()).isTrue());
        assertThat(now).filteredOn(x -> x.kind() == FlagKind.INJURY_AFTER_UR_DATE).singleElement()
                .satisfies(x -> assertThat(x.dismissed()).isFalse());
    }

    @Test
    void suggestionsCarryAConfidenceAndItemsTheirFrequencyAndDailyDose() throws Exception {
        long id = importText("regimen.txt", letter(false, "Baclofen 10mg 1 tab PO TID #90"));
        StoredLetter l = new LetterStore(db).load(id).orElseThrow();
        assertThat(l.items()).singleElement().satisfies(i -> {
            assertThat(i.item().frequency()).isEqualTo("3");
            assertThat(i.item().dailyDose()).isEqualTo("30 mg");
        });
        List<Double> confidences = Tx.run(db, c -> {
            List<Double> out = new java.util.ArrayList<>();
            try (var ps = c.prepareStatement("SELECT confidence FROM span WHERE letter_id = ?")) {
                ps.setLong(1, id);
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add((Double) rs.getObject(1, Double.class));
                    }
                }
            }
            return out;
        });
        assertThat(confidences).isNotEmpty().allMatch(x -> x != null && x > 0 && x <= 1);
    }
}
