package nl.keukentafel.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import nl.keukentafel.audit.AuditAction;
import nl.keukentafel.audit.AuditEvent;
import nl.keukentafel.audit.AuditFilter;
import nl.keukentafel.audit.AuditTrail;
import nl.keukentafel.review.Facet;
import nl.keukentafel.review.ReviewSelection;
import nl.keukentafel.security.StaffRole;
import nl.keukentafel.support.AsStaff;
import nl.keukentafel.support.BoardFixture;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
class SelectionExportServiceTest {

    private static final Locale DUTCH = Locale.of("nl");

    @Autowired
    SelectionExportService exports;

    @Autowired
    ReportFixture fixture;

    @Autowired
    BoardFixture board;

    @Autowired
    AuditTrail audit;

    @Autowired
    JsonMapper json;

    ReportFixture.Tables tables;
    ReviewSelection here;

    @BeforeEach
    void tables() {
        tables = fixture.tables();
        here = ReviewSelection.ALL.with(
                Facet.MUNICIPALITY, String.valueOf(tables.place().id()));
    }

    @Test
    void theCsvOpensInExcelWithDutchCharactersAndHoldsOnlyReleasedRedactedNotes() throws Exception {
        Export csv = AsStaff.call(
                tables.team(), StaffRole.TEAM_MEMBER, () -> exports.export(here, Export.Format.CSV, DUTCH));

        byte[] bytes = csv.bytes();
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]})
                .as("a UTF-8 byte order mark, so Excel reads the accents right")
                .containsExactly(0xEF - 256, 0xBB - 256, 0xBF - 256);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> rows;
        try (CSVParser parser = CSVFormat.EXCEL
                .builder()
                .setDelimiter(';')
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text))) {
            assertThat(parser.getHeaderNames())
                    .containsExactly(
                            "notitie",
                            "gesprek_nr",
                            "gesprek",
                            "datum",
                            "gemeente",
                            "wijk",
                            "thema",
                            "werkteam",
                            "rol_aan_tafel",
                            "categorie",
                            "regelingen",
                            "effect",
                            "inzichten",
                            "tekst");
            rows = parser.getRecords();
        }
        assertThat(rows).hasSize(5);
        assertThat(rows)
                .extracting(r -> r.get("tekst"))
                .contains(
                        "Mijn huurachterstand liep op door de kostendelersnorm. [naam] belde [telefoon].",
                        "Eén vaste contactpersoon bij de woningcorporatie helpt écht.");
        CSVRecord resident = rows.stream()
                .filter(r -> r.get("tekst").startsWith("Mijn huurachterstand"))
                .findFirst()
                .orElseThrow();
        assertThat(resident.get("rol_aan_tafel")).isEqualTo("Bewoner");
        assertThat(resident.get("categorie")).isEqualTo("Wat ik meemaak");
        assertThat(resident.get("regelingen")).isEqualTo("Kostendelersnorm");
        assertThat(resident.get("effect")).isEqualTo("Ervaren knelpunt");
        assertThat(resident.get("inzichten")).isEqualTo("Inwonen kost huishoudens hun huis");
        assertThat(resident.get("datum")).isEqualTo("2026-03-10");
        assertThat(resident.get("gemeente")).isEqualTo(tables.place().name());
        assertThat(ReportServiceTest.NEVER).noneMatch(text::contains);
        assertThat(csv.fileName()).isEqualTo("keukentafel-selectie.csv");
    }

    @Test
    void theJsonHoldsTheSameRowsAndTheSelectionAndTheExportIsAudited() {
        Export export = AsStaff.call(
                tables.team(), StaffRole.TEAM_MEMBER, () -> exports.export(here, Export.Format.JSON, Locale.of("en")));
        JsonNode root = json.readTree(export.bytes());
        assertThat(root.get("count").asInt()).isEqualTo(5);
        assertThat(root.get("selection").get("municipality").get(0).asString())
                .isEqualTo(String.valueOf(tables.place().id()));
        JsonNode first = root.get("notes").get(0);
        assertThat(first.get("text").asString())
                .isEqualTo("Mijn huurachterstand liep op door de kostendelersnorm. [name] belde [phone].");
        assertThat(first.get("table_role").asString()).isEqualTo("Resident");
        assertThat(first.get("regulations").get(0).asString()).isEqualTo("Kostendelersnorm");
        assertThat(new String(export.bytes(), StandardCharsets.UTF_8)).doesNotContain("Fatima", "06-12345678");

        List<AuditEvent> events = AsStaff.call(
                board.account("admin", StaffRole.ADMIN),
                StaffRole.ADMIN,
                () -> audit.list(new AuditFilter(AuditAction.EXPORT_MADE, tables.team(), null, null, null)));
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.noteCount()).isEqualTo(5);
            assertThat(e.detail())
                    .startsWith(
                            "selection json {municipality=[" + tables.place().id() + "]}");
        });
    }

    @Test
    void aFacilitatorExportsOnlyTheirOwnConversationsAndSpreadsheetFormulasAreDefused() {
        String other = board.facilitator();
        Export theirs =
                AsStaff.call(other, StaffRole.FACILITATOR, () -> exports.export(here, Export.Format.JSON, DUTCH));
        assertThat(json.readTree(theirs.bytes()).get("count").asInt()).isZero();
        Export own = AsStaff.call(
                tables.facilitator(), StaffRole.FACILITATOR, () -> exports.export(here, Export.Format.JSON, DUTCH));
        assertThat(json.readTree(own.bytes()).get("count").asInt()).isEqualTo(5);

        assertThat(SelectionExportService.cell("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(SelectionExportService.cell("-3 maanden achter")).isEqualTo("'-3 maanden achter");
        assertThat(SelectionExportService.cell(List.of("a", "b"))).isEqualTo("a, b");
        assertThat(SelectionExportService.cell(null)).isEmpty();
    }
}
