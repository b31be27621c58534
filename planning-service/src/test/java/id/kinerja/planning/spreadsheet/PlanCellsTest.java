package id.kinerja.planning.spreadsheet;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kinerja.commons.problem.Problem;
import id.kinerja.spreadsheets.SheetReader;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Cell values, document paths and cell names of the plan workbook, without a server. */
class PlanCellsTest {

    static SheetReader.Cell cell(SheetReader.Kind kind, String text) {
        return new SheetReader.Cell("D14", 3, kind, text);
    }

    static CellValues.Value read(PlanSheets.Col col, SheetReader.Kind kind, String text) throws Exception {
        return CellValues.read(col, cell(kind, text));
    }

    @Test
    void numbersDatesChoicesAndTargets() throws Exception {
        PlanSheets.Col pagu = PlanSheets.Col.of("Pagu DPPA", "pagu[version=DPPA].amount", PlanSheets.Kind.MONEY);
        assertThat(read(pagu, SheetReader.Kind.TEXT, "1.234.567,89").node().decimalValue())
                .isEqualByComparingTo("1234567.89");
        assertThat(read(pagu, SheetReader.Kind.TEXT, "1,234,567.89").node().decimalValue())
                .isEqualByComparingTo("1234567.89");
        assertThat(read(pagu, SheetReader.Kind.NUMBER, "20.260000000000002").node().decimalValue())
                .isEqualByComparingTo("20.26");
        PlanSheets.Col date = PlanSheets.Col.of("Tanggal", "dated", PlanSheets.Kind.DATE);
        assertThat(read(date, SheetReader.Kind.NUMBER, "45323").node().asText()).isEqualTo("2024-02-01");
        assertThat(read(date, SheetReader.Kind.TEXT, "01/02/2024").node().asText()).isEqualTo("2024-02-01");
        PlanSheets.Col arah = PlanSheets.Col.choice("Arah", "direction", id.kinerja.events.plan.Direction.class);
        assertThat(read(arah, SheetReader.Kind.TEXT, "higher is better").node().asText()).isEqualTo("HIGHER_IS_BETTER");
        PlanSheets.Col target = PlanSheets.Col.of("Target 2024", "targets[year=2024]", PlanSheets.Kind.TARGET);
        assertThat(read(target, SheetReader.Kind.TEXT, "BB").path()).isEqualTo("targets[year=2024].category");
        assertThat(read(target, SheetReader.Kind.TEXT, "12,5").path()).isEqualTo("targets[year=2024].value");
    }

    @Test
    void unreadableCellsSayWhatTheyShouldBe() {
        PlanSheets.Col arah = PlanSheets.Col.choice("Arah", "direction", id.kinerja.events.plan.Direction.class);
        assertThatThrownBy(() -> read(arah, SheetReader.Kind.TEXT, "NAIK")).hasMessageContaining("LOWER_IS_BETTER");
        PlanSheets.Col tw = PlanSheets.Col.of("TW I", "targets[quarter=1].target", PlanSheets.Kind.DECIMAL);
        assertThatThrownBy(() -> read(tw, SheetReader.Kind.FORMULA_WITHOUT_VALUE, ""))
                .hasMessageContaining("formula saved without its result");
        assertThatThrownBy(() -> read(tw, SheetReader.Kind.ERROR, "#DIV/0!")).hasMessageContaining("#DIV/0!");
        assertThatThrownBy(() -> read(tw, SheetReader.Kind.TEXT, "sepuluh")).hasMessageContaining("not a number");
        PlanSheets.Col year = PlanSheets.Col.of("Versi", "_version", PlanSheets.Kind.INTEGER);
        assertThatThrownBy(() -> read(year, SheetReader.Kind.NUMBER, "1.5")).hasMessageContaining("whole number");
    }

    @Test
    void keyedPathsAndCellNames() {
        ObjectNode item = JsonNodeFactory.instance.objectNode();
        assertThat(JsonPaths.set(item, "targets[year=2024].value", JsonNodeFactory.instance.numberNode(new BigDecimal("10"))))
                .isEqualTo("targets[0].value");
        assertThat(JsonPaths.set(item, "targets[year=2025].value", JsonNodeFactory.instance.numberNode(1)))
                .isEqualTo("targets[1].value");
        assertThat(JsonPaths.set(item, "targets[year=2024].category", JsonNodeFactory.instance.textNode("B")))
                .isEqualTo("targets[0].category");
        assertThat(item.toString()).isEqualTo("{\"targets\":[{\"year\":2024,\"value\":10,\"category\":\"B\"},{\"year\":2025,\"value\":1}]}");
        assertThat(JsonPaths.get(item, "targets[year=2025].value").asInt()).isEqualTo(1);

        CellMap cells = new CellMap();
        cells.row("indicators[3]", CellMap.sheetRef("Indikator", "5:5"));
        cells.put("indicators[3].unit", CellMap.sheetRef("Indikator", "E5"));
        assertThat(cells.locate(new Problem.FieldError("indicators[3].unit", "must not be blank")))
                .isEqualTo(new Problem.FieldError("Indikator!E5", "must not be blank (indicators[3].unit)"));
        assertThat(cells.locate("indicators[3].targets[1].year")).isEqualTo("Indikator!5:5");
        assertThat(CellMap.sheetRef("Target TW", "D2")).isEqualTo("'Target TW'!D2");
        assertThat(cells.locate("pks[0].code")).isNull();
    }
}
