package org.imrworkstation.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The rationale's conclusion, found without a regular expression: the same as the pattern it replaced. */
class ClosingSentenceTest {

    private static final Pattern REFERENCE = Pattern.compile("(?i)medically\\s+necessary");

    @Test
    void theLastConclusionOfTheRationaleIsItsClosingSentence() {
        String text = "Norco: Upheld\nThe request was medically necessary before. Now it is not MEDICALLY\n"
                + "necessary. Follow up.\n\nNext item";
        assertThat(LetterChecks.closingSentence(text, 13, text.length()))
                .isEqualTo("Now it is not MEDICALLY\nnecessary.");
        assertThat(LetterChecks.closingSentence("no conclusion here.", 0, 19)).isNull();
        assertThat(LetterChecks.lastMedicallyNecessary("medicallynecessary", 0, 18)).as("no space between").isEqualTo(-1);
    }

    @Property
    void findsWhatThePatternFound(@ForAll("rationales") String text) {
        Matcher m = REFERENCE.matcher(text);
        int expected = -1;
        while (m.find()) {
            expected = m.start();
        }
        assertThat(LetterChecks.lastMedicallyNecessary(text, 0, text.length())).isEqualTo(expected);
    }

    @Provide
    Arbitrary<String> rationales() {
        Arbitrary<String> token = Arbitraries.of(List.of("medically", "Medically", "MEDICALLY", "necessary",
                "NECESSARY", "not", " ", "\n", "  ", ".", "medic", "ally", "nec", "essary", "x"));
        return token.list().ofMaxSize(12).map(l -> String.join("", l));
    }
}
