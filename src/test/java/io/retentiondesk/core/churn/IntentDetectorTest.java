package io.retentiondesk.core.churn;

import io.retentiondesk.core.policy.Policy;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IntentDetectorTest {
    private final IntentDetector intent = new IntentDetector(Policy.defaults().risk().intentWords());

    @Test
    void latinWordsMatchTokensStartingWithThem() {
        assertThat(intent.matches("We cancelled the order")).isTrue();
        assertThat(intent.matches("CANCELLATION requested")).isTrue();
        assertThat(intent.matches("Please process the refunds")).isTrue();
        assertThat(intent.matches("recancel")).isFalse(); // a token must start with the word
        assertThat(intent.matches("All good, thanks")).isFalse();
    }

    @Test
    void phrasesMatchConsecutiveTokens() {
        assertThat(intent.matches("we are switching providers next month")).isTrue();
        assertThat(intent.matches("switch to another provider")).isFalse();
    }

    @Test
    void cjkWordsMatchAsSubstrings() {
        assertThat(intent.matches("我们考虑解约")).isTrue();
        assertThat(intent.matches("要求退订服务")).isTrue();
        assertThat(intent.matches("服务很好")).isFalse();
    }

    @Test
    void competitorNamesMatchLikeIntentWords() {
        IntentDetector withCompetitor = new IntentDetector(List.of("Globex Telecom"));
        assertThat(withCompetitor.matches("Globex Telecom offered us a better deal")).isTrue();
        assertThat(withCompetitor.matches("globex is great")).isFalse();
    }
}
