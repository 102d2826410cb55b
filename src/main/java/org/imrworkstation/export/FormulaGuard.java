package org.imrworkstation.export;

/**
 * CSV injection (OWASP "CSV Injection"): a spreadsheet runs a cell that starts with =, +, -, @,
 * tab or carriage return as a formula. Such a text cell gets a leading apostrophe, which Excel and
 * LibreOffice show as text and do not display. The rule is applied to every text cell without
 * exception, so "-5", "-" and "+1 refill" are neutralised too (OWASP's advice: telling a harmless
 * negative number from "-2+3+cmd|..." is exactly what an attacker exploits). Numbers the export
 * itself computes (offsets, counts, quantities, ages) are written as numbers and never guarded:
 * none of them is negative. {@code --raw} turns the guard off for pipelines that never open a
 * spreadsheet.
 */
public final class FormulaGuard {

    private FormulaGuard() {
    }

    public static boolean risky(String cell) {
        if (cell == null || cell.isEmpty()) {
            return false;
        }
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    public static String guard(String cell) {
        return risky(cell) ? "'" + cell : cell;
    }
}
