package org.imrworkstation.check;

/** Small hand-made letters in the 2016 layout: a header with dates, then items with rationales. */
final class TestLetters {

    private TestLetters() {
    }

    /** A letter with the given header dates (MM/DD/YYYY) and the given item blocks. */
    static String letter(String assigned, String decisionDate, String injury, String ur, String... items) {
        StringBuilder b = new StringBuilder();
        b.append("Case Number:\nDate Assigned:\nDecision Date:\nPriority:\n\nCM16-0000001\n")
                .append(assigned).append('\n').append(decisionDate).append("\nStandard\n\n")
                .append("Date of Injury:\nUR Denial Date:\nApplication\nReceived:\n\n")
                .append(injury).append('\n').append(ur).append('\n').append(assigned).append("\n\n")
                .append("HOW THE IMR FINAL DETERMINATION WAS MADE\n")
                .append("MAXIMUS Federal Services sent the complete case file to an expert reviewer.\n")
                .append("CLINICAL CASE SUMMARY\n")
                .append("The injured worker is a 50 year old male who sustained an industrial injury on ")
                .append(injury).append(".\n")
                .append("Current medications include Norco, Flexeril, Neurontin, OxyContin and Baclofen.\n\n")
                .append("IMR ISSUES, DECISIONS AND RATIONALES\n")
                .append("The Final Determination was based on decisions for the disputed items/services set forth below:\n");
        for (String item : items) {
            b.append(item);
        }
        return b.toString();
    }

    /** One item: heading, guideline lines and a rationale. */
    static String item(String heading, String rationale) {
        return heading + "\n"
                + "Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment 2009.\n"
                + "MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2009,\n"
                + "Section(s): Opioids.\n"
                + "Decision rationale: " + rationale + "\n\n";
    }

    static final String DENIED = "The records do not show functional improvement. Therefore, the request is not medically necessary.";
    static final String GRANTED = "The records show functional improvement. Therefore, the request is medically necessary.";
}
