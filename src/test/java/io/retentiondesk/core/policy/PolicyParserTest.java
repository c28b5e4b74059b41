package io.retentiondesk.core.policy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.retentiondesk.core.churn.RiskSignal;
import io.retentiondesk.core.ticket.CustomerIdentity;
import io.retentiondesk.core.tier.Tier;
import io.retentiondesk.core.tier.TierMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

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

    /** A typo anywhere is named by its path, in every section and sub-section, never silently ignored. */
    @ParameterizedTest
    @ValueSource(strings = {"", "customer", "tiering", "tiering.countShare", "tiering.valueShare", "satisfaction",
            "satisfaction.targets", "satisfaction.targets.KEY", "satisfaction.weights", "callbacks",
            "callbacks.complaints", "risk", "risk.bands", "rates", "fields"})
    void anUnknownKeyInAnySectionIsRejectedByItsPath(String section) {
        JsonObject doc = JsonParser.parseString(Policy.defaultJson()).getAsJsonObject();
        JsonObject target = doc;
        for (String part : section.isEmpty() ? new String[0] : section.split("\\.")) {
            target = target.getAsJsonObject(part);
        }
        target.addProperty("surprise", 1);
        PolicyException e = catchThrowableOfType(() -> PolicyParser.parse(doc.toString()), PolicyException.class);
        String path = section.isEmpty() ? "surprise" : section + ".surprise";
        assertThat(e.problems()).extracting(PolicyProblem::field).containsExactly(path);
        assertThat(e.getMessage()).contains(path + ": expected no such field, got an unknown field");
    }

    /** SPEC: cut-offs rise as 0 < key < major < ordinary <= 1; ordinary may be 1, nothing may tie. */
    @ParameterizedTest
    @CsvSource({"0.05, 0.2, 1.0, true", "0.0, 0.2, 0.5, false", "0.2, 0.2, 0.5, false", "0.05, 0.5, 0.5, false",
            "0.05, 0.2, 0.19, false"})
    void cutOffsMustRiseStrictlyWithOrdinaryAtMostOne(double key, double major, double ordinary, boolean accepted) {
        JsonObject doc = JsonParser.parseString(Policy.defaultJson()).getAsJsonObject();
        JsonObject share = doc.getAsJsonObject("tiering").getAsJsonObject("valueShare");
        share.addProperty("key", key);
        share.addProperty("major", major);
        share.addProperty("ordinary", ordinary);
        if (accepted) {
            assertThat(PolicyParser.parse(doc.toString()).tiering().valueShare().ordinary()).isEqualTo(ordinary);
        } else {
            PolicyException e = catchThrowableOfType(() -> PolicyParser.parse(doc.toString()), PolicyException.class);
            assertThat(e.problems()).extracting(PolicyProblem::field).containsExactly("tiering.valueShare.key");
            assertThat(e.getMessage()).contains("cut-offs rising as 0 < key < major < ordinary <= 1");
        }
    }

    @ParameterizedTest
    @CsvSource({"25, 50, 100, true", "50, 50, 75, false", "25, 75, 75, false", "60, 50, 75, false"})
    void riskBandsMustRiseStrictly(int medium, int high, int critical, boolean accepted) {
        JsonObject doc = JsonParser.parseString(Policy.defaultJson()).getAsJsonObject();
        JsonObject bands = doc.getAsJsonObject("risk").getAsJsonObject("bands");
        bands.addProperty("medium", medium);
        bands.addProperty("high", high);
        bands.addProperty("critical", critical);
        if (accepted) {
            assertThat(PolicyParser.parse(doc.toString()).risk().bands().critical()).isEqualTo(critical);
        } else {
            PolicyException e = catchThrowableOfType(() -> PolicyParser.parse(doc.toString()), PolicyException.class);
            assertThat(e.problems()).extracting(PolicyProblem::field).containsExactly("risk.bands.medium");
        }
    }

    @Test
    void exceededMustLieAboveBelowNotOnIt() {
        JsonObject doc = JsonParser.parseString(Policy.defaultJson()).getAsJsonObject();
        doc.getAsJsonObject("satisfaction").addProperty("exceededAt", -10);
        PolicyException e = catchThrowableOfType(() -> PolicyParser.parse(doc.toString()), PolicyException.class);
        assertThat(e.problems()).extracting(PolicyProblem::field).containsExactly("satisfaction.exceededAt");
        assertThat(e.getMessage()).contains("satisfaction.exceededAt: expected a score above belowAt (-10), got -10");
        doc.getAsJsonObject("satisfaction").addProperty("exceededAt", -9);
        assertThat(PolicyParser.parse(doc.toString()).satisfaction().exceededAt()).isEqualTo(-9);
    }

    /** A target is [first response, resolution] hours with 0 < first <= resolution <= a year (8,784 h). */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"[4, 4]; true", "[0.5, 8784]; true", "[0, 8]; false", "[5, 4]; false",
            "[1, 8785]; false", "[1]; false", "[1, \"8\"]; false", "missing; false"})
    void aServiceTargetIsFirstResponseThenResolutionHoursRising(String target, boolean accepted) {
        JsonObject doc = JsonParser.parseString(Policy.defaultJson()).getAsJsonObject();
        JsonObject key = doc.getAsJsonObject("satisfaction").getAsJsonObject("targets").getAsJsonObject("KEY");
        if (target.equals("missing")) {
            key.remove("LOW");
        } else {
            key.add("LOW", JsonParser.parseString(target));
        }
        if (accepted) {
            assertThat(PolicyParser.parse(doc.toString()).satisfaction()).isNotNull();
        } else {
            PolicyException e = catchThrowableOfType(() -> PolicyParser.parse(doc.toString()), PolicyException.class);
            assertThat(e.problems()).extracting(PolicyProblem::field).containsExactly("satisfaction.targets.KEY.LOW");
            assertThat(e.getMessage()).contains(target.equals("missing") ? "got missing" : "0 < first <= resolution <= 8784");
        }
    }
}
