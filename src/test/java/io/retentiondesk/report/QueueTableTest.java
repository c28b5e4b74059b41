package io.retentiondesk.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QueueTableTest {
    @Test
    void padsByTerminalColumnsWithCjkTakingTwo() {
        assertThat(QueueTable.pad("Acme", 8)).isEqualTo("Acme    ");
        assertThat(QueueTable.pad("青松教育", 10)).isEqualTo("青松教育  "); // 8 columns + 2 spaces
        // four wide characters (8 columns), the ellipsis (1) and one space: 10 columns
        assertThat(QueueTable.pad("青松教育科技有限公司", 10)).isEqualTo("青松教育… ");
        assertThat(QueueTable.pad("A very long customer name", 10)).isEqualTo("A very lo…");
    }
}
