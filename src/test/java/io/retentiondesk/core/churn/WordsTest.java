package io.retentiondesk.core.churn;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordsTest {
    @Test
    void lowercaseRunsOfLettersAndDigits() {
        assertThat(Words.tokens("VPN-2 can't connect!")).containsExactly("vpn", "2", "can", "t", "connect");
        assertThat(Words.tokens("")).isEmpty();
        assertThat(Words.tokens(null)).isEmpty();
    }

    @Test
    void cjkTextBecomesOverlappingPairs() {
        assertThat(Words.tokens("网络故障")).containsExactly("网络", "络故", "故障");
        assertThat(Words.tokens("VPN断")).containsExactly("vpn", "断");
    }
}
