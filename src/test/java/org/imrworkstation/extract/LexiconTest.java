package org.imrworkstation.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LexiconTest {

    private final Lexicon lexicon = Lexicon.defaults();

    @Test
    void theBundledLexiconIsLargeAndWellFormed() {
        assertThat(lexicon.size()).isGreaterThanOrEqualTo(400);
        Set<String> names = lexicon.entries().stream().map(e -> Lexicon.normalise(e.name())).collect(Collectors.toSet());
        for (DrugEntry e : lexicon.entries()) {
            assertThat(e.generics()).as(e.name()).matches("[a-z0-9 .,'-]+(/[a-z0-9 .,'-]+)*");
            List<String> parts = List.of(e.generics().split("/"));
            assertThat(parts).as("generics of %s in alphabetical order", e.name()).isSorted();
            for (String g : parts) {
                assertThat(names).as("generic %s of %s has its own row", g, e.name()).contains(g);
            }
        }
        assertThat(lexicon.entries()).extracting(DrugEntry::drugClass).contains(DrugClass.values());
    }

    @Test
    void combinationsAndBrandsMapToTheirGenerics() {
        assertThat(lexicon.lookup("Norco")).get().extracting(DrugEntry::generics).isEqualTo("acetaminophen/hydrocodone");
        assertThat(lexicon.lookup("percocet")).get().extracting(DrugEntry::drugClass).isEqualTo(DrugClass.OPIOID);
        assertThat(lexicon.lookup("FIORICET")).get().extracting(DrugEntry::generics)
                .isEqualTo("acetaminophen/butalbital/caffeine");
        assertThat(lexicon.lookup("Lidoderm")).isPresent();
        assertThat(lexicon.lookup("opioids")).isEmpty();
        assertThat(lexicon.lookup("steroid")).isEmpty();
    }

    @Test
    void matchingIsWholeWordCaseInsensitiveAndLongestFirst() {
        String text = "ANAPROX DS and Anaprox, OxyContin,\nSenokot-S; Normal Norcotic xNorco Norco2 Anaprox\n DS.";
        List<String> found = lexicon.findAll(text).stream().map(m -> text.substring(m.start(), m.end())).toList();
        assertThat(found).containsExactly("ANAPROX DS", "Anaprox", "OxyContin", "Senokot-S", "Anaprox\n DS");
    }

    @Test
    void aMalformedRowIsReportedWithItsLine() {
        String tsv = "name\tgenerics\tclass\nNorco\tacetaminophen/hydrocodone\n";
        assertThatThrownBy(() -> Lexicon.parse(new BufferedReader(new StringReader(tsv))))
                .hasMessageContaining("line 2");
    }

    @Test
    void namesWithCharactersBeyondAsciiAndAllAsciiEdgesOfANodeAreFound() {
        // the trie finds an ASCII edge by its rank in the node's bit mask and a non-ASCII one by a scan:
        // a node here has edges below and above 64 ('-', 'a', 'z') and one beyond ASCII ('é')
        Lexicon small = new Lexicon(List.of(new DrugEntry("Café Noir", "cafe", DrugClass.OTHER),
                new DrugEntry("cafz", "cafz", DrugClass.OTHER), new DrugEntry("caf-1", "caf1", DrugClass.OTHER),
                new DrugEntry("cafa", "cafa", DrugClass.OTHER)));
        String text = "CAFÉ \n noir, Cafz cafA caf-1 cafe noir cafénoir";
        assertThat(small.findAll(text)).extracting(m -> text.substring(m.start(), m.end()))
                .containsExactly("CAFÉ \n noir", "Cafz", "cafA", "caf-1");
        assertThat(small.findAll(text, new int[] {0, 13, 18, 23}, new int[] {}))
                .extracting(m -> m.entry().generics()).containsExactly("cafe", "cafz", "cafa", "caf1");
    }
}
