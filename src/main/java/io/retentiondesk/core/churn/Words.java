package io.retentiondesk.core.churn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The word rule of SPEC §5: lower-case runs of letters and digits; CJK text as overlapping character pairs
 * (a lone CJK character is its own token).
 */
public final class Words {
    private Words() {
    }

    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        StringBuilder word = new StringBuilder();
        List<Integer> cjkRun = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isCjk(cp)) {
                flushWord(word, out);
                cjkRun.add(cp);
            } else if (Character.isLetterOrDigit(cp)) {
                flushCjk(cjkRun, out);
                word.appendCodePoint(cp);
            } else {
                flushWord(word, out);
                flushCjk(cjkRun, out);
            }
        }
        flushWord(word, out);
        flushCjk(cjkRun, out);
        return out;
    }

    public static boolean isCjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    public static boolean containsCjk(String s) {
        return s.codePoints().anyMatch(Words::isCjk);
    }

    private static void flushWord(StringBuilder word, List<String> out) {
        if (word.length() > 0) {
            out.add(word.toString().toLowerCase(Locale.ROOT));
            word.setLength(0);
        }
    }

    private static void flushCjk(List<Integer> run, List<String> out) {
        if (run.size() == 1) {
            out.add(new String(Character.toChars(run.get(0))));
        }
        for (int k = 0; k + 1 < run.size(); k++) {
            out.add(new StringBuilder().appendCodePoint(run.get(k)).appendCodePoint(run.get(k + 1)).toString());
        }
        run.clear();
    }
}
