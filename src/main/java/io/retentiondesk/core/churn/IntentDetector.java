package io.retentiondesk.core.churn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds churn-intent words in customer-side text (SPEC §5, §11). A Latin-script word matches a token equal to
 * it or starting with it ("cancel" matches "cancelled"); a phrase matches consecutive tokens by the same rule
 * ("switch provider" matches "switching providers"); a CJK word matches as a substring. Thread-safe.
 */
public final class IntentDetector {
    private final List<String[]> phrases = new ArrayList<>();
    private final List<String> cjkWords = new ArrayList<>();

    public IntentDetector(List<String> intentWords) {
        for (String w : intentWords) {
            if (Words.containsCjk(w)) {
                cjkWords.add(w.trim());
            } else {
                List<String> tokens = Words.tokens(w);
                if (!tokens.isEmpty()) {
                    phrases.add(tokens.toArray(new String[0]));
                }
            }
        }
    }

    public boolean matches(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        for (String cjk : cjkWords) {
            if (text.contains(cjk)) {
                return true;
            }
        }
        if (phrases.isEmpty() || !mayContainPhrase(text)) {
            return false;
        }
        List<String> tokens = Words.tokens(text);
        for (String[] phrase : phrases) {
            for (int start = 0; start + phrase.length <= tokens.size(); start++) {
                if (matchesAt(tokens, start, phrase)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A token starting with a phrase's first word means the lower-cased text contains that word: a cheap test
     * that spares tokenising the many texts that mention no intent word.
     */
    private boolean mayContainPhrase(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String[] phrase : phrases) {
            if (lower.contains(phrase[0])) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesAt(List<String> tokens, int start, String[] phrase) {
        for (int k = 0; k < phrase.length; k++) {
            if (!tokens.get(start + k).startsWith(phrase[k])) {
                return false;
            }
        }
        return true;
    }
}
