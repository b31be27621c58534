package id.kinerja.reporting.export;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.spreadsheets.Table;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static id.kinerja.reporting.export.Json.each;
import static id.kinerja.reporting.export.Json.num;
import static id.kinerja.reporting.export.Json.text;
import static id.kinerja.spreadsheets.Table.Type.COUNT;
import static id.kinerja.spreadsheets.Table.Type.MONEY;
import static id.kinerja.spreadsheets.Table.Type.PERCENT;
import static id.kinerja.spreadsheets.Table.column;

/** Findings, pemda and province dashboards and the LKjIP's chapter III as tables, from their stored JSON. */
public final class ReportTables {

    private ReportTables() {
    }

    public static List<Table> findings(JsonNode findings) {
        Table t = Table.of("Temuan", Table.text("Jenis"), Table.text("Tingkat"), Table.text("Pesan"),
                Table.text("Rekaman"), Table.text("Angka"));
        for (JsonNode f : findings) {
            List<String> records = new ArrayList<>();
            each(f, "records").forEach(r -> records.add(r.asText()));
            List<String> numbers = new ArrayList<>();
            JsonNode n = f.get("numbers");
            if (n != null) {
                for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    numbers.add(e.getKey() + "=" + (e.getValue().isNumber() ? e.getValue().decimalValue().toPlainString()
                            : e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString()));
                }
            }
            t.row(text(f, "type"), text(f, "severity"), text(f, "message"), String.join("; ", records),
                    String.join("; ", numbers));
        }
        return List.of(t);
    }

    public static List<Table> pemda(JsonNode d) {
        Table agencies = Table.of("OPD", Table.text("OPD"), column("Rata-rata capaian", PERCENT),
                column("Pagu", MONEY), column("Realisasi", MONEY), column("Serapan", PERCENT), Table.text("Keterangan"));
        for (JsonNode a : each(d, "agencies")) {
            agencies.row(text(a, "agency"), num(a, "averageCapaian"), num(a, "pagu"), num(a, "spent"),
                    num(a, "absorption"), text(a, "notAvailable"));
        }
        agencies.row("Jumlah", num(d, "averageCapaian"), num(d, "pagu"), num(d, "spent"), num(d, "absorption"), null);
        return List.of(agencies, predicates(d));
    }

    public static List<Table> province(JsonNode d) {
        Table pemda = Table.of("Pemda", Table.text("Pemda"), Table.text("Nama"), column("OPD", COUNT),
                column("Rata-rata capaian", PERCENT), column("Pagu", MONEY), column("Realisasi", MONEY),
                column("Serapan", PERCENT));
        for (JsonNode p : each(d, "pemda")) {
            pemda.row(text(p, "tenant"), text(p, "name"), num(p, "agencies"), num(p, "averageCapaian"),
                    num(p, "pagu"), num(p, "spent"), num(p, "absorption"));
        }
        pemda.row("Jumlah", text(d, "province"), null, num(d, "averageCapaian"), num(d, "pagu"), num(d, "spent"),
                num(d, "absorption"));
        return List.of(pemda, predicates(d));
    }

    private static Table predicates(JsonNode d) {
        Table t = Table.of("Predikat", Table.text("Predikat"), column("Jumlah indikator", COUNT));
        JsonNode dist = d.get("predicateDistribution");
        if (dist != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = dist.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                t.row(e.getKey(), e.getValue().decimalValue());
            }
        }
        return t;
    }

    /** Chapter III of the LKjIP: the indicator table with narratives, comparisons, budget, efficiency and RFK. */
    public static List<Table> lkjip(JsonNode summary) {
        JsonNode c = summary.get("chapterIII");
        List<Table> tables = new ArrayList<>();
        tables.add(DashboardTables.indicators("Capaian kinerja", c.get("sasaran"), true));
        Table renstra = Table.of("Perbandingan", Table.text("Kode"), column("Target tahun Renstra", Table.Type.DECIMAL),
                column("Target akhir Renstra", Table.Type.DECIMAL), column("Progres ke target akhir", PERCENT));
        Table past = Table.of("Tahun sebelumnya", Table.text("Kode"), column("Tahun", Table.Type.INTEGER),
                column("Target", Table.Type.DECIMAL), column("Realisasi", Table.Type.DECIMAL),
                column("Capaian", PERCENT), Table.text("Keterangan"));
        Table refs = Table.of("Pembanding", Table.text("Kode"), Table.text("Lingkup"), column("Nilai", Table.Type.DECIMAL),
                Table.text("Sumber"), column("Relatif", PERCENT));
        for (JsonNode s : each(c, "sasaran")) {
            for (JsonNode i : each(s, "indicators")) {
                DashboardTables.comparison(text(i.get("figures"), "code"), i.get("comparison"), renstra, past, refs);
            }
        }
        tables.addAll(List.of(renstra, past, refs));
        tables.add(DashboardTables.budget(c.get("budget")));
        tables.add(DashboardTables.efficiency(c.get("sasaran")));
        Table rfk = Table.of("RFK", Table.text("Level"), Table.text("Kode"), Table.text("Nama"), column("Pagu", MONEY),
                column("TW I", MONEY), column("TW II", MONEY), column("TW III", MONEY), column("TW IV", MONEY),
                column("Realisasi", MONEY), column("% keuangan", PERCENT), column("% bobot", PERCENT),
                column("% fisik", PERCENT), column("Sisa", MONEY));
        for (JsonNode r : each(c, "rfk")) {
            JsonNode q = r.get("quarters");
            rfk.row(text(r, "level"), text(r, "code"), text(r, "name"), num(r, "pagu"), quarter(q, 0), quarter(q, 1),
                    quarter(q, 2), quarter(q, 3), num(r, "spent"), num(r, "pctKeuangan"), num(r, "pctBobot"),
                    num(r, "pctFisik"), num(r, "sisa"));
        }
        tables.add(rfk);
        tables.addAll(findings(summary.has("findings") ? summary.get("findings") : EMPTY));
        return tables;
    }

    private static final JsonNode EMPTY = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();

    private static java.math.BigDecimal quarter(JsonNode quarters, int i) {
        return quarters == null || quarters.size() <= i || !quarters.get(i).isNumber() ? null
                : quarters.get(i).decimalValue();
    }
}
