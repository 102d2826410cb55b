package org.imrworkstation.export.agreement;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.imrworkstation.record.Decision;
import org.imrworkstation.record.Item;
import org.imrworkstation.record.SpanType;
import org.imrworkstation.review.FileImport;
import org.imrworkstation.store.AssignedReview;
import org.imrworkstation.store.Assignments;
import org.imrworkstation.store.Database;
import org.imrworkstation.store.Reason;
import org.imrworkstation.store.ReviewStatus;
import org.imrworkstation.store.StoredItem;
import org.imrworkstation.store.StoredLetter;
import org.imrworkstation.store.StoredSpan;

/**
 * A letter that ana and bob annotated differently, through the services: ana rejects the summary's
 * "Baclofen" and overturns item 1, bob keeps both; their patient_age and patient_sex differ. Both
 * verify. Four disagreements: one span stretch, one item, two fields.
 */
public final class TwoAnnotators {

    public static final String LETTER = "HOW THE IMR FINAL DETERMINATION WAS MADE\n"
            + "CLINICAL CASE SUMMARY\nThe patient is a 52 year old male who takes Baclofen for spasm.\n"
            + "IMR ISSUES, DECISIONS AND RATIONALES\n"
            + "Baclofen 10mg #30: Upheld\n"
            + "MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines.\n"
            + "Decision rationale: Baclofen is not indicated. The request is not medically necessary.\n"
            + "Norco 10/325mg 1 tab PO TID #90: Upheld\n"
            + "MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines.\n"
            + "Decision rationale: Norco has not helped. The request is not medically necessary.\n";

    /** Where the summary's "Baclofen" starts: the span ana rejected. */
    public static final int SUMMARY_DRUG = LETTER.indexOf("Baclofen");

    public final long letterId;

    public TwoAnnotators(Database db, Path dir) throws Exception {
        Files.createDirectories(dir);
        Path file = dir.resolve("baclofen.txt");
        Files.writeString(file, LETTER, StandardCharsets.UTF_8);
        FileImport.run(db, List.of(file), (d, t, f) -> { }, () -> false);
        letterId = new Assignments(db).assign(1.0, "ana", "bob", "test", 1).get(0);
        AssignedReview ana = new AssignedReview(db, "ana");
        AssignedReview bob = new AssignedReview(db, "bob");
        StoredLetter copy = ana.load(letterId).orElseThrow();
        StoredSpan drug = copy.spans().stream().filter(s -> s.type() == SpanType.DRUG && s.start() == SUMMARY_DRUG)
                .findFirst().orElseThrow(() -> new AssertionError("no DRUG span at " + SUMMARY_DRUG + ": "
                        + copy.spans()));
        ana.rejectSpan(drug.id(), Reason.SPURIOUS);
        StoredItem first = copy.items().get(0);
        Item it = first.item();
        ana.editItem(first.id(), new Item(it.treatment(), it.drug(), it.strength(), it.quantity(), it.refills(),
                Decision.OVERTURNED, it.guidelines(), it.pages(), it.evidenceStart(), it.evidenceEnd()));
        ana.editField(letterId, "patient_age", "52");
        ana.editField(letterId, "patient_sex", "M");
        bob.editField(letterId, "patient_age", "25");
        bob.editField(letterId, "patient_sex", null);
        ana.setReview(letterId, ReviewStatus.VERIFIED, null, 30);
        bob.setReview(letterId, ReviewStatus.VERIFIED, null, 30);
    }
}
