package org.imrworkstation.extract;

import java.util.List;
import org.imrworkstation.bench.SyntheticLetters;

/** The bundled synthetic sample letters, for tests. */
final class SampleLetters {

    private SampleLetters() {
    }

    static List<String> texts() {
        return SyntheticLetters.bundledSamples().stream().map(SyntheticLetters.Sample::text).toList();
    }
}
