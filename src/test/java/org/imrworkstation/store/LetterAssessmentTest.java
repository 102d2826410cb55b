package org.imrworkstation.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.imrworkstation.check.Flag;
import org.imrworkstation.record.RecordJson;

/** A flag's stretches are stored as the JSON Jackson would write, so every reader of it stays as it was. */
class LetterAssessmentTest {

    @Property(tries = 200)
    void whereJsonIsWhatJacksonWrites(@ForAll @Size(max = 6) List<@IntRange(max = 1_000_000) Integer> starts)
            throws Exception {
        List<Flag.Where> where = new ArrayList<>();
        for (int s : starts) {
            where.add(new Flag.Where(s, s + s % 97));
        }
        assertThat(LetterAssessment.whereJson(where)).isEqualTo(RecordJson.mapper().writeValueAsString(where));
    }
}
