package org.imrworkstation.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.imrworkstation.record.Decision;
import org.imrworkstation.record.Item;
import org.imrworkstation.record.Layout;
import org.imrworkstation.record.LetterFields;
import org.imrworkstation.record.SpanType;
import org.junit.jupiter.api.Test;

/** Items and letter fields on small hand-made letters of each layout. */
class ItemsAndFieldsTest {

    private final Extractor extractor = new Extractor();

    private static final String FINAL_2014 = """
             HOW THE IMR FINAL DETERMINATION WAS MADE

            The Expert Reviewer has the following credentials:
            State(s) of Licensure: Texas, California
            Certification(s)/Specialty: Anesthesiology, Pain Medicine

            CLINICAL CASE SUMMARY
            The injured worker is a 47 year old female who sustained an industrial injury on 6/2/2009.
            The request for authorization dated 3/4/15 was for Flexeril. On 3/12/15 utilization review
            non-certified the request.

            IMR ISSUES, DECISIONS AND RATIONALES
            The Final Determination was based on decisions for the disputed items/services set forth below:

            Flexeril 10 mg /tab: 1 tab PO QD # 30, Refill: 2: Upheld

            Claims Administrator guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Page(s): 64.

            MAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Page(s): 41-42; 64.

            Decision rationale: The request is not medically necessary.

            NORCO 10/325 MG
            #120: Overturned

            MAXIMUS guideline: Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Pain.

            Decision rationale: The request is medically necessary.
            """;

    @Test
    void final2014ItemsWithColonsInHeadingsAndWrappedHeadings() {
        var r = extractor.extract("a.txt", FINAL_2014);
        assertThat(r.layout()).isEqualTo(Layout.FINAL_2014);
        assertThat(r.items()).hasSize(2);
        Item flexeril = r.items().get(0);
        assertThat(flexeril.treatment()).isEqualTo("Flexeril 10 mg /tab: 1 tab PO QD # 30, Refill: 2");
        assertThat(flexeril.drug()).isEqualTo("cyclobenzaprine");
        assertThat(flexeril.strength()).isEqualTo("10 mg");
        assertThat(flexeril.quantity()).isEqualTo(30);
        assertThat(flexeril.refills()).isEqualTo(2);
        assertThat(flexeril.decision()).isEqualTo(Decision.UPHELD);
        assertThat(flexeril.guidelines()).containsExactly("MTUS");
        assertThat(flexeril.pages()).isEqualTo("41-42,64");
        Item norco = r.items().get(1);
        assertThat(norco.treatment()).isEqualTo("NORCO 10/325 MG #120");
        assertThat(norco.drug()).isEqualTo("acetaminophen/hydrocodone");
        assertThat(norco.decision()).isEqualTo(Decision.OVERTURNED);
        assertThat(norco.guidelines()).containsExactly("ODG");
        assertThat(norco.pages()).isEmpty();
        assertThat(r.spans().stream().filter(s -> s.type() == SpanType.DECISION).map(s -> s.text()))
                .containsExactly("Upheld", "Overturned");
        assertThat(r.fields()).isEqualTo(new LetterFields(47, "F", "2009-06-02", "2015-03-12", "2015-03-04",
                "Anesthesiology", List.of("TX", "CA")));
    }

    private static final String HEADER_2016 = """
            Case Number:
            Date Assigned:
            Decision Date:
            Priority:

            CM16-0111222
            12/09/2016
            01/06/2017
            Standard

            Date of Injury:
            UR Denial Date:
            Application
            Received:

            10/26/2014
            11/09/2016
            12/05/2016

            HOW THE IMR FINAL DETERMINATION WAS MADE
            The Expert Reviewer has the following credentials:
            State(s) of Licensure: Oregon
            Certification(s)/Specialty: Orthopedic Surgery
            CLINICAL CASE SUMMARY
            This case involves a now 39-year-old male with a history of an occupational claim from 10/26/2014.
            IMR ISSUES, DECISIONS AND RATIONALES
            The Final Determination was based on decisions for the disputed items/services set forth below:
            Tramadol ER 150mg #60 was the original request. Tramadol ER 150mg #30 was authorized by the
            Claims Administrator. The remaining IMR eligible portion of the original request,
            Tramadol ER 150mg #30: Upheld
            MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Opioids.
            Decision rationale: Not medically necessary.
            Voltaren gel apply to affected area 4 times a day, #60 grams with 1 refill, DOS:
            11/11/2016:
            Overturned
            Page 2 of 3
            CM16-0111222
            MAXIMUS guideline: The Expert Reviewer based their decision on recommendation(s) outside
            of the MTUS Guidelines. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG).
            Decision rationale: Medically necessary.
            Associated surgical service: Cold therapy unit: Upheld
            MAXIMUS guideline: Decision based on Non-MTUS Citation Centers for Medicare and Medicaid Services.
            Decision rationale: Not medically necessary.
            Xyzzol 5mg #30: Upheld
            MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Other.
            Decision rationale: Xyzzol is not medically necessary.
            """;

    @Test
    void header2016LayoutWithPartialsPageBreaksAndUnknownDrugs() {
        var r = extractor.extract("b.txt", HEADER_2016);
        assertThat(r.layout()).isEqualTo(Layout.HEADER_2016);
        assertThat(r.items()).extracting(Item::treatment).containsExactly(
                "Tramadol ER 150mg #30",
                "Voltaren gel apply to affected area 4 times a day, #60 grams with 1 refill, DOS: 11/11/2016",
                "Associated surgical service: Cold therapy unit",
                "Xyzzol 5mg #30");
        assertThat(r.items()).extracting(Item::decision)
                .containsExactly(Decision.UPHELD, Decision.OVERTURNED, Decision.UPHELD, Decision.UPHELD);
        assertThat(r.items()).extracting(Item::drug).containsExactly("tramadol", "diclofenac", null, "xyzzol");
        assertThat(r.items().get(0).quantity()).isEqualTo(30);
        assertThat(r.items().get(1).refills()).isEqualTo(1);
        assertThat(r.items()).extracting(Item::guidelines)
                .containsExactly(List.of("MTUS"), List.of("ODG"), List.of("OTHER"), List.of("MTUS"));
        LetterFields f = r.fields();
        assertThat(f.injuryDate()).isEqualTo("2014-10-26");
        assertThat(f.urDate()).isEqualTo("2016-11-09");
        assertThat(f.patientAge()).isEqualTo(39);
        assertThat(f.patientSex()).isEqualTo("M");
        assertThat(f.reviewerStates()).containsExactly("OR");
        assertThat(r.spans()).noneMatch(s -> s.text().contains("0111222"));
    }

    private static final String NOTICE_2013 = """
            MAXIMUS FEDERAL SERVICES, INC.
            Notice of Independent Medical Review Determination
            Dated: 10/15/2013
            IMR Case Number: CM13-0012345      Date of Injury: 04/12/2010
            Claim Number: 555-22                UR Denial Date: 09/03/2013
            Priority: Standard                  Application Received: 09/10/2013

            Final Determination: PARTIAL OVERTURN.
            1) MAXIMUS Federal Services, Inc. has determined the request for Norco 10/325mg #90 is not
            medically necessary and appropriate.
            2) MAXIMUS Federal Services, Inc. has determined the request for 6 sessions of physical therapy
            is medically necessary and appropriate.

            INDEPENDENT MEDICAL REVIEW DECISION AND RATIONALE
            1) MAXIMUS Federal Services, Inc. has determined the request for Norco 10/325mg #90 is not
            medically necessary and appropriate.
            2) MAXIMUS Federal Services, Inc. has determined the request for 6 sessions of physical therapy
            is medically necessary and appropriate.

            Medical Qualifications of the Expert Reviewer:
            The physician reviewer is Board Certified in Physical Medicine and Rehabilitation and is licensed
            to practice in California and Texas.

            Expert Reviewer Case Summary:
            The patient is a 44 year-old female with a date of injury of 4/12/2010.

            1) Regarding the request for Norco 10/325mg #90:
            Medical Treatment Guideline(s) Used by the Expert Reviewer:
            The Expert Reviewer relied on the Chronic Pain Medical Treatment Guidelines (2009), Opioids,
            pages 74-96, which is part of the MTUS.
            Rationale for the Decision:
            The request for Norco 10/325mg #90 is not medically necessary and appropriate.

            2) Regarding the request for 6 sessions of physical therapy:
            Medical Treatment Guideline(s) Used by the Expert Reviewer:
            The Expert Reviewer relied on the ACOEM Practice Guidelines, Chapter 12, page 299.
            Rationale for the Decision:
            The request is medically necessary and appropriate.
            """;

    @Test
    void notice2013NumberedDeterminations() {
        var r = extractor.extract("c.txt", NOTICE_2013);
        assertThat(r.layout()).isEqualTo(Layout.NOTICE_2013);
        assertThat(r.items()).extracting(Item::treatment)
                .containsExactly("Norco 10/325mg #90", "6 sessions of physical therapy");
        assertThat(r.items()).extracting(Item::decision).containsExactly(Decision.UPHELD, Decision.OVERTURNED);
        assertThat(r.items()).extracting(Item::drug).containsExactly("acetaminophen/hydrocodone", null);
        assertThat(r.items()).extracting(Item::pages).containsExactly("74-96", "299");
        assertThat(r.items()).extracting(Item::guidelines).containsExactly(List.of("MTUS"), List.of("ACOEM"));
        assertThat(r.spans().stream().filter(s -> s.type() == SpanType.DECISION)).hasSize(4)
                .allMatch(s -> s.text().startsWith("is "));
        LetterFields f = r.fields();
        assertThat(f.injuryDate()).isEqualTo("2010-04-12");
        assertThat(f.urDate()).isEqualTo("2013-09-03");
        assertThat(f.patientAge()).isEqualTo(44);
        assertThat(f.patientSex()).isEqualTo("F");
        assertThat(f.reviewerSpecialty()).isEqualTo("Physical Medicine and Rehabilitation");
        assertThat(f.reviewerStates()).containsExactly("CA", "TX");
    }

    @Test
    void theUrDateIsTheDateThatFollowsTheUtilizationReviewNotAnEarlierOneInItsSentence() {
        String letter = "INDEPENDENT MEDICAL REVIEW DECISION AND RATIONALE\n"
                + "An application for Independent Medical Review was filed on 10/2/2013 disputing the\n"
                + "Utilization Review Denial dated 9/17/2013. A decision has been made.\n";
        assertThat(extractor.extract("a.txt", letter).fields().urDate()).isEqualTo("2013-09-17");
        String dateFirst = "CLINICAL CASE SUMMARY\n"
                + "On 11/20/2014, utilization review non-certified the request for physical therapy.\n";
        assertThat(extractor.extract("b.txt", dateFirst).fields().urDate()).isEqualTo("2014-11-20");
    }

    private static final String NUMBERED_SENTENCES = """
            Notice of Independent Medical Review Determination
            Dated: 2/14/2014
            IMR Case Number: CM13-0099999     Date of UR Decision: 12/2/2013

            IMR ISSUES, DECISIONS AND RATIONALES
            The Final Determination was based on decisions for the disputed items/services set forth below:

            1. Ultram ER 150mg #30 is not medically necessary and appropriate.
            The Claims Administrator based its decision on the Chronic Pain Medical Treatment Guidelines,
            pages 93-94, which is part of the MTUS.
            The Expert Reviewer based his/her decision on the Chronic Pain Medical Treatment Guidelines,
            Opioids, pages 76-80, which is part of the MTUS.
            The Expert Reviewer's decision rationale:
            There is no documented functional improvement. 1. The request is not medically necessary.

            2. Six sessions of aquatic therapy for the
            lumbar spine is medically necessary and appropriate.
            The Expert Reviewer based his/her decision on the Chronic Pain Medical Treatment Guidelines,
            Aquatic therapy, page 22, which is part of the MTUS.
            The Expert Reviewer's decision rationale:
            Aquatic therapy is recommended where reduced weight bearing is desirable.
            """;

    @Test
    void numberedSentencesAreItemsWhereTheLayoutsOwnHeadingsAreMissing() {
        var r = extractor.extract("n.txt", NUMBERED_SENTENCES);
        assertThat(r.items()).extracting(Item::treatment)
                .containsExactly("Ultram ER 150mg #30", "Six sessions of aquatic therapy for the lumbar spine");
        assertThat(r.items()).extracting(Item::decision).containsExactly(Decision.UPHELD, Decision.OVERTURNED);
        assertThat(r.items()).extracting(Item::drug).containsExactly("tramadol", null);
        assertThat(r.items()).extracting(Item::quantity).containsExactly(30, null);
        // the expert reviewer's pages, not the claims administrator's
        assertThat(r.items()).extracting(Item::pages).containsExactly("76-80", "22");
        assertThat(r.items()).extracting(Item::guidelines).containsExactly(List.of("MTUS"), List.of("MTUS"));
        assertThat(r.spans().stream().filter(s -> s.type() == SpanType.DECISION)).hasSize(2);
        assertThat(r.fields().urDate()).isEqualTo("2013-12-02");
    }

    @Test
    void numberedSentencesAreItemsInAnImrLetterOfALayoutNotRecognised() {
        String letter = "MAXIMUS Federal Services\nFinal Determination Letter\n"
                + "1. Lyrica 75mg #60 is medically necessary and appropriate.\n"
                + "2. Shopping list is not medically necessary.\n";
        var x = extractor.analyse("u.txt", letter);
        assertThat(x.record().layout()).isEqualTo(Layout.UNKNOWN);
        assertThat(x.record().items()).extracting(Item::treatment).containsExactly("Lyrica 75mg #60", "Shopping list");
        assertThat(x.warnings()).singleElement().asString().contains("layout not recognised");
        var notImr = extractor.extract("n.txt", "1. Milk is not medically necessary.\n");
        assertThat(notImr.items()).as("not an IMR letter at all: no items guessed").isEmpty();
    }

    @Test
    void aNumberedSentenceInARationaleIsNotAnItemWhenTheLetterHasItsHeadings() {
        String letter = FINAL_2014.replace("Decision rationale: The request is not medically necessary.",
                "Decision rationale:\n1. Norco 10/325mg is not medically necessary for this patient.");
        assertThat(letter).isNotEqualTo(FINAL_2014);
        var r = extractor.extract("f.txt", letter);
        assertThat(r.items()).extracting(Item::treatment).doesNotContain("Norco 10/325mg")
                .isEqualTo(extractor.extract("f0.txt", FINAL_2014).items().stream().map(Item::treatment).toList());
    }

    @Test
    void somethingElseIsExtractedWithAWarning() {
        var x = extractor.analyse("shopping.txt", "Buy milk, eggs and Tylenol on 3/4/2015.");
        assertThat(x.record().layout()).isEqualTo(Layout.UNKNOWN);
        assertThat(x.warnings()).singleElement().asString().contains("does not look like an IMR");
        assertThat(x.record().spans()).extracting(s -> s.type()).contains(SpanType.DRUG, SpanType.DATE);
    }

    @Test
    void fieldsNotStatedAreNull() {
        var r = extractor.extract("d.txt", "IMR ISSUES, DECISIONS AND RATIONALES\nMRI of the knee: Upheld\n");
        assertThat(r.fields()).isEqualTo(LetterFields.EMPTY);
        assertThat(r.items()).singleElement().satisfies(i -> {
            assertThat(i.treatment()).isEqualTo("MRI of the knee");
            assertThat(i.drug()).isNull();
            assertThat(i.pages()).isEmpty();
        });
    }

    @Test
    void aQuotedRationaleEndIsNotPartOfTheNextHeading() {
        String t = "IMR ISSUES, DECISIONS AND RATIONALES\n"
                + "The Final Determination was based on decisions for the disputed items/services set forth below:\n"
                + "MRI of the lumbar spine: Upheld.\n"
                + "Decision rationale: As such, the requested \"MRI of the lumbar spine\" is not medically necessary\n"
                + "Ultram 50mg #60: Overturned\n"
                + "Decision rationale: Medically necessary.\n";
        var r = extractor.extract("e.txt", t);
        assertThat(r.items()).extracting(Item::treatment).containsExactly("MRI of the lumbar spine", "Ultram 50mg #60");
        assertThat(r.items()).extracting(Item::decision).containsExactly(Decision.UPHELD, Decision.OVERTURNED);
    }

    @Test
    void unnumberedRegardingSectionsFollowTheOrderOfTheDeterminations() {
        String t = NOTICE_2013.replace("1) Regarding the request", "Regarding the request")
                .replace("2) Regarding the request", "Regarding the request");
        var r = extractor.extract("f.txt", t);
        assertThat(r.items()).extracting(Item::pages).containsExactly("74-96", "299");
    }

    @Test
    void aReviewerDescribedWithoutBoardCertification() {
        String t = "HOW THE IMR FINAL DETERMINATION WAS MADE\nThe expert reviewer is a Licensed Chiropractor and is "
                + "licensed to practice in California and Nevada. He/she has been in active clinical practice.\n";
        LetterFields f = extractor.extract("g.txt", t).fields();
        assertThat(f.reviewerSpecialty()).isEqualTo("Licensed Chiropractor");
        assertThat(f.reviewerStates()).containsExactly("CA", "NV");
    }
}
