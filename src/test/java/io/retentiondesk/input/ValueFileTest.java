package io.retentiondesk.input;

import io.retentiondesk.core.churn.ChurnType;
import io.retentiondesk.core.ticket.CustomerKey;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ValueFileTest {
    private static final String HEADER = "customer,annual_value,potential,churned_at,churn_type,unworthy\n";

    private static ValueFile csv(String text) throws IOException {
        return ValueFile.readCsv(new StringReader(text));
    }

    private static ValueFile json(String text) throws IOException {
        return ValueFile.readJson(new StringReader(text));
    }

    @Test
    void readsEveryColumnOfAGoodRow() throws IOException {
        ValueFile file = csv(HEADER + " Acme Ltd ,1200.50,70,2026-03-14T00:00:00Z,poached_by_competitor,TRUE\n");
        assertThat(file.problems()).isEmpty();
        assertThat(file.notices()).isEmpty();
        ValueRow acme = file.rows().get(0);
        assertThat(acme.line()).isEqualTo(2);
        assertThat(acme.value().customer()).isEqualTo(CustomerKey.of("acme ltd"));
        assertThat(acme.value().customer().display()).isEqualTo("Acme Ltd");
        assertThat(acme.value().annualValue()).isEqualByComparingTo("1200.50");
        assertThat(acme.value().potential()).isEqualTo(70);
        assertThat(acme.churnedAt()).isEqualTo(Instant.parse("2026-03-14T00:00:00Z"));
        assertThat(acme.churnType()).isEqualTo(ChurnType.POACHED_BY_COMPETITOR);
        assertThat(acme.unworthy()).isTrue();
    }

    @Test
    void blankOrAbsentOptionalCellsSayNothing() throws IOException {
        ValueFile file = csv("customer,annual_value,potential\nAcme,,\n");
        ValueRow acme = file.rows().get(0);
        assertThat(acme.value().annualValue()).isNull();
        assertThat(acme.value().potential()).isNull();
        assertThat(acme.churnedAt()).isNull();
        assertThat(acme.churnType()).isNull();
        assertThat(acme.unworthy()).isNull();
        assertThat(acme.isUnworthy()).isFalse();
        assertThat(csv(HEADER + "Beta,1,1,,,false\n").rows().get(0).unworthy()).isFalse();
    }

    @Test
    void eachBadRowIsAProblemNamingItsLineAndFieldAndTheOthersAreKept() throws IOException {
        ValueFile file = csv(HEADER
                + "Acme,1,1,,,\n"
                + "Beta,-5,10,,,\n"
                + "Gamma,100,101,,,\n"
                + ",1,1,,,\n"
                + "Delta,1,1,1969-12-31T23:59:59Z,,\n"
                + "Eps,1,1,2100-01-01T00:00:00Z,,\n"
                + "Zeta,1,1,,,maybe\n"
                + "ACME,2,2,,,\n"
                + "Eta,2,2,2026-02-30T00:00:00Z,,\n");
        assertThat(file.rows()).extracting(r -> r.value().customer().id()).containsExactly("acme");
        assertThat(file.problems()).extracting(ValueProblem::line, ValueProblem::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "annual_value"),
                org.assertj.core.groups.Tuple.tuple(4, "potential"),
                org.assertj.core.groups.Tuple.tuple(5, "customer"),
                org.assertj.core.groups.Tuple.tuple(6, "churned_at"),
                org.assertj.core.groups.Tuple.tuple(7, "churned_at"),
                org.assertj.core.groups.Tuple.tuple(8, "unworthy"),
                org.assertj.core.groups.Tuple.tuple(9, "customer"),
                org.assertj.core.groups.Tuple.tuple(10, "churned_at"));
        assertThat(file.problems().get(0).text()).isEqualTo(
                "annual_value: expected a number of 0 or more, up to 1000000000000000 with at most 4 decimals, got \"-5\"");
        assertThat(file.problems().get(1).message()).isEqualTo("expected a whole number from 0 to 100, got \"101\"");
        assertThat(file.problems().get(3).message()).startsWith("expected a date from 1970 up to 2100");
        assertThat(file.problems().get(6).message()).isEqualTo("\"ACME\" appears twice; expected one row per customer");
    }

    @Test
    void aChurnTypeNeverSkipsItsRowUnknownTextIsKeptAsOtherWithANoticeNamingTheLine() throws IOException {
        ValueFile file = csv(HEADER + "Acme,1,1,2026-03-01T00:00:00Z,Left_Voluntarily,\n"
                + "Beta,1,1,2026-03-02T00:00:00Z,went to the competition,\n");
        assertThat(file.problems()).isEmpty();
        assertThat(file.rows()).extracting(ValueRow::churnType)
                .containsExactly(ChurnType.LEFT_VOLUNTARILY, ChurnType.OTHER);
        assertThat(file.rows().get(1).churnedAt()).isEqualTo(Instant.parse("2026-03-02T00:00:00Z"));
        assertThat(file.notices()).containsExactly(new ValueNotice(3, "churn_type", "went to the competition"));
    }

    @Test
    void aValueCellWithAHugeExponentOrTooManyDecimalsIsAProblemNeverExpanded() throws IOException {
        long start = System.nanoTime();
        ValueFile file = csv("customer,annual_value,potential\n"
                + "A,1e100000000,1\nB,1e999999999,1\nC,1e-999999999,1\nD,1000000000000000.0001,1\nE,1.00001,1\n"
                + "F,1000000000000000,1\nG,12.3400000,1\nH,1E+3,1\nI," + "9".repeat(100_000) + ",1\n");
        assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
        assertThat(file.rows()).extracting(r -> r.value().customer().id()).containsExactly("f", "g", "h");
        assertThat(file.rows().get(2).value().annualValue()).isEqualByComparingTo(new BigDecimal(1000));
        assertThat(file.problems()).extracting(ValueProblem::line).containsExactly(2, 3, 4, 5, 6, 10);
        assertThat(file.problems()).allSatisfy(p -> assertThat(p.field()).isEqualTo("annual_value"));
    }

    @Test
    void anAnnualValueIsAcceptedUpToEachOfItsBoundsAndRefusedJustPastThem() {
        // 10^15 has 16 digits before the point; 16 digits and 4 decimals fit; digits and decimals are counted apart
        assertThat(ValueFile.annualValue("1000000000000000")).isEqualByComparingTo("1E15");
        assertThat(ValueFile.annualValue("999999999999999.9999")).isEqualByComparingTo("999999999999999.9999");
        assertThat(ValueFile.annualValue("123456789012.3456")).isEqualByComparingTo("123456789012.3456");
        assertThat(ValueFile.annualValue("10000000000000000")).isNull(); // 17 digits
        // a written scale up to 40 is trailing zeros at most; past 40 it is refused before any arithmetic
        assertThat(ValueFile.annualValue("0E-40")).isEqualByComparingTo("0");
        assertThat(ValueFile.annualValue("0E-41")).isNull();
        // the cell's length is bounded at 40 characters
        String forty = "0." + "0".repeat(38);
        assertThat(ValueFile.annualValue(forty)).isEqualByComparingTo("0");
        assertThat(ValueFile.annualValue(forty + "0")).isNull();
    }

    @Test
    void aRowShorterThanTheHeaderReadsItsMissingCellsAsBlank() throws IOException {
        ValueFile file = csv("customer,annual_value,potential\nAcme,5\n");
        assertThat(file.problems()).isEmpty();
        assertThat(file.rows()).singleElement().satisfies(r -> {
            assertThat(r.value().annualValue()).isEqualByComparingTo("5");
            assertThat(r.value().potential()).isNull();
        });
    }

    @Test
    void aByteOrderMarkBeforeTheHeaderIsSkipped() throws IOException {
        ValueFile file = csv("\uFEFFcustomer,annual_value,potential\nAcme,1,1\n");
        assertThat(file.problems()).isEmpty();
        assertThat(file.rows()).hasSize(1);
        assertThat(json("\uFEFF[{\"customer\": \"Acme\"}]").rows()).hasSize(1);
    }

    @Test
    void aHeaderWithoutARequiredColumnOrThatCannotBeReadIsOneProblemAtLineOne() throws IOException {
        assertThat(csv("customer,value\nAcme,1\n").problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.field()).isEqualTo("header");
            assertThat(p.message()).endsWith("missing annual_value");
        });
        assertThat(csv("").problems()).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("header"));
        assertThat(csv("customer,customer,annual_value,potential\nA,B,1,1\n").problems()).singleElement()
                .satisfies(p -> assertThat(p.text()).startsWith("header: expected the columns"));
    }

    @Test
    void aBrokenQuoteEndsTheFileWithAProblemAtTheLineItStarts() throws IOException {
        ValueFile file = csv("customer,annual_value,potential\nAcme,1,1\n\"Beta,2,2\nGamma,3,3\n");
        assertThat(file.rows()).hasSize(1);
        assertThat(file.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.field()).isNull();
            assertThat(p.message()).startsWith("malformed CSV").endsWith("the rest of the file was not read");
        });
    }

    @Test
    void aFailureOfTheReaderItselfIsTheCallersNotAProblem() {
        Reader failing = new Reader() {
            private final Reader head = new StringReader("customer,annual_value,potential\nA,1,1\n");

            @Override
            public int read(char[] cbuf, int off, int len) throws IOException {
                int n = head.read(cbuf, off, len);
                if (n < 0) {
                    throw new IOException("disk gone");
                }
                return n;
            }

            @Override
            public void close() {
            }
        };
        assertThatThrownBy(() -> ValueFile.readCsv(failing)).isInstanceOf(IOException.class).hasMessage("disk gone");
    }

    @Test
    void jsonObjectsAreRowsNumberedAsTheirCsvLinesWouldBe() throws IOException {
        ValueFile file = json("[{\"customer\": \"Acme\", \"annual_value\": 1200.5, \"potential\": 70,"
                + " \"churned_at\": \"2026-03-14T00:00:00Z\", \"churn_type\": \"FORCED_TO_LEAVE\", \"unworthy\": true},"
                + " {\"customer\": \"Beta\", \"annual_value\": 1e100000000},"
                + " {\"customer\": \"Gamma\", \"annual_value\": null, \"potential\": \"5\"}]");
        assertThat(file.rows()).extracting(ValueRow::line).containsExactly(2, 4);
        ValueRow acme = file.rows().get(0);
        assertThat(acme.value().annualValue()).isEqualByComparingTo("1200.5");
        assertThat(acme.churnType()).isEqualTo(ChurnType.FORCED_TO_LEAVE);
        assertThat(acme.unworthy()).isTrue();
        assertThat(file.rows().get(1).value().potential()).isEqualTo(5);
        assertThat(file.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.field()).isEqualTo("annual_value");
        });
    }

    @Test
    void jsonNamesThatAreNoColumnNestedValuesAndOtherShapesAreProblems() throws IOException {
        ValueFile file = json("[{\"customer\": \"A\", \"anual_value\": 5}, {\"customer\": [\"B\"]}, 7,"
                + " {\"customer\": \"C\", \"customer\": \"D\"}]");
        assertThat(file.rows()).isEmpty();
        assertThat(file.problems()).extracting(ValueProblem::line, ValueProblem::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "anual_value"),
                org.assertj.core.groups.Tuple.tuple(3, "customer"),
                org.assertj.core.groups.Tuple.tuple(4, null),
                org.assertj.core.groups.Tuple.tuple(5, "customer"));
        assertThat(json("{\"customer\": \"A\"}").problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("expected a JSON array of customer objects, got an object"));
        assertThat(json("[{\"customer\": \"A\"}, {\"customer\": ").problems()).singleElement()
                .satisfies(p -> {
                    assertThat(p.line()).isEqualTo(3);
                    assertThat(p.message()).startsWith("not valid JSON");
                });
        assertThat(json("").problems()).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(1));
    }
}
