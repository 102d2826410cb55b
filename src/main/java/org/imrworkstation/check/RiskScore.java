package org.imrworkstation.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.imrworkstation.record.Item;
import org.imrworkstation.record.LetterRecord;

/**
 * Orders the review queue: the riskier a letter, the earlier a clerk sees it. The score adds what
 * makes a letter likely to need a correction: its flags (by severity), its uncertain suggestions,
 * and drugs outside the common IMR formulary (checks/common_drugs.txt), where the lexicon and the
 * checks' tables know least. Whole numbers, so that the database can index and page by it.
 */
public final class RiskScore {

    static final int ERROR = 100;
    static final int WARNING = 30;
    static final int INFO = 5;
    static final int PER_UNCERTAIN = 10;
    static final int UNCERTAIN_CAP = 50;
    static final int PER_RARE_DRUG = 20;

    private static final Set<String> COMMON = readCommon();

    private RiskScore() {
    }

    /** A flag's weight: what dismissing it takes off the letter's risk. */
    public static int weight(Severity s) {
        return switch (s) {
            case ERROR -> ERROR;
            case WARNING -> WARNING;
            case INFO -> INFO;
        };
    }

    /** The part of the risk that flags do not carry: uncertain suggestions and rare drugs. */
    public static int base(LetterRecord record, double[] confidences) {
        int uncertain = 0;
        for (double c : confidences) {
            if (c < SuggestionConfidence.LOW) {
                uncertain++;
            }
        }
        int score = Math.min(UNCERTAIN_CAP, uncertain * PER_UNCERTAIN);
        for (Item item : record.items()) {
            if (item.drug() != null && !isCommon(item.drug())) {
                score += PER_RARE_DRUG;
            }
        }
        return score;
    }

    /** The whole score: base plus the weight of every flag. */
    public static int of(LetterRecord record, double[] confidences, CheckReport report) {
        int score = base(record, confidences);
        for (Flag f : report.flags()) {
            score += weight(f.severity());
        }
        return score;
    }

    /** Whether every ingredient of a generic ("acetaminophen/hydrocodone") is a common one. */
    public static boolean isCommon(String generic) {
        for (String part : generic.split("/")) {
            if (!COMMON.contains(part)) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> readCommon() {
        Set<String> out = new HashSet<>();
        try (InputStream in = RiskScore.class.getResourceAsStream("/org/imrworkstation/checks/common_drugs.txt")) {
            if (in == null) {
                throw new IllegalStateException("checks/common_drugs.txt missing from the jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }
}
