package io.retentiondesk.core.churn;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PackedRiskTicketsTest {
    private static final Instant T = Instant.parse("2026-03-01T09:15:30.123456789Z");

    @Test
    void everyRecordComesBackEqualToTheOnePackedInTheOrderPacked() {
        RiskTicket plain = new RiskTicket("SUP-1", T, "get it help", "incident", Set.of("printer", "broken"), false,
                List.of(new SignalOccurrence(RiskSignal.SCORED_BELOW, "SUP-1", T.plusSeconds(3600), 12.4)));
        // no types, CJK words, a cross-ticket signal naming another ticket, negative points, nanoseconds
        RiskTicket odd = new RiskTicket("客服-2", T.plusNanos(1), null, null, Set.of("退订", "订服"), true,
                List.of(new SignalOccurrence(RiskSignal.REPEAT_COMPLAINT, "SUP-1", T, 25),
                        new SignalOccurrence(RiskSignal.RECOVERED, "客服-2", T.plusSeconds(60), -10)));
        RiskTicket bare = new RiskTicket("K".repeat(70_000), T, "billing", null, Set.of(), false, List.of());
        PackedRiskTickets.Dictionary dictionary = new PackedRiskTickets.Dictionary();
        PackedRiskTickets.Packer packer = new PackedRiskTickets.Packer(dictionary);
        for (RiskTicket t : List.of(plain, odd, bare, plain)) {
            packer.add(t);
        }
        PackedRiskTickets packed = packer.pack();
        assertThat(packed).containsExactly(plain, odd, bare, plain);
        assertThat(List.copyOf(packed)).containsExactly(plain, odd, bare, plain);
    }

    @Test
    void customersShareOneDictionaryAndAPackIsNotChangedByLaterAdds() {
        PackedRiskTickets.Dictionary dictionary = new PackedRiskTickets.Dictionary();
        PackedRiskTickets.Packer a = new PackedRiskTickets.Packer(dictionary);
        PackedRiskTickets.Packer b = new PackedRiskTickets.Packer(dictionary);
        RiskTicket first = new RiskTicket("A-1", T, "billing", "task", Set.of("invoice"), false, List.of());
        RiskTicket second = new RiskTicket("B-1", T, "billing", "task", Set.of("invoice", "late"), true, List.of());
        a.add(first);
        PackedRiskTickets early = a.pack();
        b.add(second);
        a.add(second);
        assertThat(early).containsExactly(first);
        assertThat(a.pack()).containsExactly(first, second);
        assertThat(b.pack()).containsExactly(second);
    }
}
