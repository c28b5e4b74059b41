package io.retentiondesk.report;

/**
 * Text bound for the terminal: customer names, file names and reasons come from the export, so control
 * characters (escape sequences, carriage returns, bidirectional overrides) are dropped before printing.
 */
final class Terminal {
    private Terminal() {
    }

    static String clean(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            boolean bidi = cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069;
            if (!Character.isISOControl(cp) && !bidi) {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }
}
