package io.retentiondesk.core.policy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.retentiondesk.core.churn.RiskSignal;
import io.retentiondesk.core.ticket.CustomerIdentity;
import io.retentiondesk.core.tier.Tier;
import io.retentiondesk.core.tier.TierMethod;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PolicyParserTest {
    @Test
    void defaultsAreTheNumbersOfTheSpec() {
        Policy p = Policy.defaults();
        assertThat(p.version()).isEqualTo(1);
        assertThat(p.identity()).isEqualTo(CustomerIdentity.ORGANIZATION_THEN_REPORTER);
        assertThat(p.tiering().method()).isEqualTo(TierMethod.COUNT_SHARE);
        assertThat(p.tiering().countShare().key()).isEqualTo(0.05);
        assertThat(p.tiering().valueShare().ordinary()).isEqualTo(0.95);
        assertThat(p.tiering().highPotentialAt()).isEqualTo(60);
        assertThat(p.satisfaction().weights().responsiveness()).isEqualTo(0.30);
        assertThat(p.satisfaction().weights().empathy()).isEqualTo(0.15);
        assertThat(p.satisfaction().expectedRating(Tier.KEY)).isEqualTo(5);
        assertThat(p.satisfaction().expectedRating(Tier.MAJOR)).isEqualTo(4);
        assertThat(p.callbacks().delayHours().get(Tier.SMALL)).isEqualTo(72.0);
        assertThat(p.callbacks().maxAttempts()).isEqualTo(3);
        assertThat(p.risk().halfLifeDays()).isEqualTo(45);
        assertThat(p.risk().windowDays()).isEqualTo(180);
        assertThat(p.risk().points(RiskSignal.REOPENED)).isEqualTo(12);
        assertThat(p.risk().points(RiskSignal.SAME_PROBLEM)).isEqualTo(18);
        assertThat(p.risk().points(RiskSignal.RECOVERED)).isEqualTo(-10);
        assertThat(p.risk().winBackWeights().get(Tier.KEY)).isEqualTo(4);
        assertThat(p.risk().intentWords()).contains("switch provider", "退订", "投诉到");
        assertThat(p.rates().inactiveDays()).isNull();
        assertThat(p.rates().churnResolutions()).containsExactly("Churned");
    }

    @Test
    void everyBadFieldIsNamedInOneRejection() {
        JsonObject doc = JsonParser.parseString(Policy.defaultJson()).getAsJsonObject();
        doc.getAsJsonObject("risk").addProperty("halfLifeDays", -5);
        doc.getAsJsonObject("risk").getAsJsonObject("points").remove("COMPLAINT");
        doc.getAsJsonObject("tiering").addProperty("method", "RANDOM");
        doc.getAsJsonObject("satisfaction").addProperty("ratedWeight", "high");
        doc.getAsJsonObject("callbacks").addProperty("maxAttemps", 3); // a typo is not silently ignored
        doc.getAsJsonObject("tiering").getAsJsonObject("countShare").addProperty("major", 0.01);
        PolicyException e = catchThrowableOfType(() -> PolicyParser.parse(doc.toString()), PolicyException.class);
        assertThat(e.problems()).extracting(PolicyProblem::field).containsExactlyInAnyOrder(
                "risk.halfLifeDays", "risk.points.COMPLAINT", "tiering.method", "satisfaction.ratedWeight",
                "callbacks.maxAttemps", "tiering.countShare.key");
        assertThat(e.getMessage()).contains("risk.halfLifeDays: expected a number from 0.1 to 3650, got -5");
        assertThat(e.getMessage()).contains("tiering.method: expected one of [COUNT_SHARE, VALUE_SHARE], got \"RANDOM\"");
        assertThat(e.getMessage()).contains("risk.points.COMPLAINT: expected a value, got missing");
    }

    @Test
    void missingSectionAndWrongTargets() {
        JsonObject doc = JsonParser.parseString(Policy.defaultJson()).getAsJsonObject();
        doc.remove("rates");
        doc.getAsJsonObject("satisfaction").getAsJsonObject("targets").getAsJsonObject("KEY")
                .add("HIGH", JsonParser.parseString("[16, 1]"));
        PolicyException e = catchThrowableOfType(() -> PolicyParser.parse(doc.toString()), PolicyException.class);
        assertThat(e.problems()).extracting(PolicyProblem::field)
                .contains("rates", "satisfaction.targets.KEY.HIGH");
    }

    @Test
    void aMissingSectionIsReportedOnceNotFieldByField() {
        JsonObject doc = JsonParser.parseString(Policy.defaultJson()).getAsJsonObject();
        doc.remove("satisfaction");
        PolicyException e = catchThrowableOfType(() -> PolicyParser.parse(doc.toString()), PolicyException.class);
        assertThat(e.problems()).extracting(PolicyProblem::field).containsExactly("satisfaction");
    }

    @Test
    void malformedJsonIsRejected() {
        assertThatThrownBy(() -> PolicyParser.parse("{\"version\": 1,"))
                .isInstanceOf(PolicyException.class).hasMessageContaining("well-formed JSON");
        assertThatThrownBy(() -> PolicyParser.parse("[1]"))
                .isInstanceOf(PolicyException.class).hasMessageContaining("a JSON object");
    }

    @Test
    void aValidChangeIsRead() {
        JsonObject doc = JsonParser.parseString(Policy.defaultJson()).getAsJsonObject();
        doc.getAsJsonObject("rates").addProperty("inactiveDays", 180);
        doc.getAsJsonObject("tiering").addProperty("method", "value_share");
        doc.getAsJsonObject("fields").addProperty("organizations", "customfield_12345");
        Policy p = PolicyParser.parse(doc.toString());
        assertThat(p.rates().inactiveDays()).isEqualTo(180);
        assertThat(p.tiering().method()).isEqualTo(TierMethod.VALUE_SHARE);
        assertThat(p.fields()).containsEntry(ExportField.ORGANIZATIONS, "customfield_12345");
    }

    @Test
    void aDuplicateKeyIsRejectedNamingItInsteadOfTheLastOneWinning() {
        String json = Policy.defaultJson().replaceFirst("\"scale\"\\s*:\\s*([0-9.]+)", "\"scale\":50,\"scale\":$1");
        assertThat(json).contains("\"scale\":50,\"scale\":");
        PolicyException e = catchThrowableOfType(() -> PolicyParser.parse(json), PolicyException.class);
        assertThat(e).isNotNull();
        assertThat(e.problems()).singleElement().asString().contains("scale", "expected each key once");
    }
}
