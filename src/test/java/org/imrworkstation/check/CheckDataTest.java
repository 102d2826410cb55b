package org.imrworkstation.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.imrworkstation.extract.Lexicon;
import org.junit.jupiter.api.Test;

class CheckDataTest {

    private static final CheckData DATA = CheckData.defaults();

    @Test
    void opioidFactorsAreTheCdc2016Table() {
        Map<String, Double> expected = Map.of("hydrocodone", 1.0, "oxycodone", 1.5, "morphine", 1.0,
                "hydromorphone", 4.0, "oxymorphone", 3.0, "tapentadol", 0.4, "tramadol", 0.1, "codeine", 0.15,
                "meperidine", 0.1);
        expected.forEach((g, f) -> assertThat(DATA.factor(g, "mg", 30).factor()).as(g).isEqualTo(f));
        assertThat(DATA.factor("fentanyl", "mcg/hr", 25).factor()).isEqualTo(2.4);
        assertThat(DATA.factor("methadone", "mg", 20).factor()).isEqualTo(4.0);
        assertThat(DATA.factor("methadone", "mg", 21).factor()).isEqualTo(8.0);
        assertThat(DATA.factor("methadone", "mg", 40).factor()).isEqualTo(8.0);
        assertThat(DATA.factor("methadone", "mg", 60).factor()).isEqualTo(10.0);
        assertThat(DATA.factor("methadone", "mg", 61).factor()).isEqualTo(12.0);
        assertThat(DATA.factor("methadone", "mg", 500).factor()).isEqualTo(12.0);
        assertThat(DATA.factor("buprenorphine", "mg", 8).factor()).isNull();
        assertThat(DATA.opioids()).allSatisfy(o -> assertThat(o.source()).isNotBlank());
        assertThat(DATA.opioidPart("acetaminophen/hydrocodone")).isEqualTo("hydrocodone");
        assertThat(DATA.opioidPart("cyclobenzaprine")).isNull();
    }

    @Test
    void guidelinePagesAreWellFormed() {
        assertThat(DATA.guidelines()).isNotEmpty().allSatisfy(g -> {
            assertThat(g.firstPage()).isPositive().isLessThanOrEqualTo(g.lastPage());
            assertThat(g.source()).isNotBlank();
            assertThat(g.cues()).isNotEmpty().allSatisfy(c -> assertThat(c).isLowerCase());
        });
        assertThat(DATA.guidelines()).anySatisfy(g -> {
            assertThat(g.guideline()).isEqualTo("MTUS Chronic Pain Medical Treatment Guidelines");
            assertThat(g.edition()).isEqualTo("2009");
            assertThat(g.lastPage()).isEqualTo(127);
            assertThat(g.approximate()).isFalse();
        });
    }

    @Test
    void usualStrengthsCoverTheCommonDrugsAndUseLexiconNames() {
        assertThat(DATA.strengths()).hasSizeGreaterThanOrEqualTo(40).allSatisfy(s -> {
            assertThat(s.min()).isPositive().isLessThanOrEqualTo(s.max());
            assertThat(s.source()).isNotBlank();
            assertThat(s.unit()).isIn("mg", "mcg", "mcg/hr", "%", "g");
        });
        Set<String> keys = new HashSet<>();
        DATA.strengths().forEach(s -> assertThat(keys.add(s.generic() + " " + s.unit())).as(s.generic()).isTrue());
        // every generic is one the lexicon produces
        Set<String> lexicon = new HashSet<>();
        Lexicon.defaults().entries().forEach(e -> lexicon.add(e.generics()));
        assertThat(DATA.strengths()).allSatisfy(s -> assertThat(lexicon).contains(s.generic()));
        for (String common : new String[] {"acetaminophen/hydrocodone", "acetaminophen/oxycodone", "tramadol",
            "cyclobenzaprine", "carisoprodol", "gabapentin", "pregabalin", "omeprazole", "naproxen", "diclofenac",
            "lidocaine", "tizanidine", "duloxetine", "zolpidem", "oxycodone", "morphine", "fentanyl", "baclofen"}) {
            assertThat(DATA.strengths()).as(common).anySatisfy(s -> assertThat(s.generic()).isEqualTo(common));
        }
    }
}
