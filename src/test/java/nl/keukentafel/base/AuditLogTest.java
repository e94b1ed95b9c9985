package nl.keukentafel.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditLogTest {

    @Test
    void plainValuesAreWrittenAsTheyAre() {
        assertThat(AuditLog.safe("facilitator-1")).isEqualTo("facilitator-1");
        assertThat(AuditLog.safe("2001:db8::/64")).isEqualTo("2001:db8::/64");
        assertThat(AuditLog.safe(42)).isEqualTo("42");
    }

    @Test
    void aLineBreakCannotStartAForgedEntry() {
        String forged = AuditLog.safe("x\r\nevent=login.succeeded username=admin");

        assertThat(forged)
                .isEqualTo("\"x\\r\\nevent=login.succeeded username=admin\"")
                .doesNotContain("\n", "\r");
    }

    @Test
    void quotesBackslashesAndInvisibleCharactersAreEscaped() {
        assertThat(AuditLog.safe("a \"b\" \\c\u2028\u202E")).isEqualTo("\"a \\\"b\\\" \\\\c\\u2028\\u202e\"");
        assertThat(AuditLog.safe("")).isEqualTo("\"\"");
    }

    @Test
    void longValuesAreCut() {
        String cut = AuditLog.safe("a".repeat(10_000));

        assertThat(cut).hasSize(AuditLog.MAX_VALUE_LENGTH + 3).endsWith("…\"");
    }
}
