package id.kinerja.reporting.export;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.spreadsheets.Table;
import id.kinerja.spreadsheets.TableWriter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static id.kinerja.reporting.export.Json.each;
import static id.kinerja.reporting.export.Json.num;
import static id.kinerja.reporting.export.Json.text;
import static id.kinerja.spreadsheets.Table.Type.COUNT;
import static id.kinerja.spreadsheets.Table.Type.DECIMAL;
import static id.kinerja.spreadsheets.Table.Type.INTEGER;
import static id.kinerja.spreadsheets.Table.Type.PERCENT;
import static id.kinerja.spreadsheets.Table.column;

/**
 * The stored monitoring documents (docs/monitoring.md) as tables: compliance, projections and warnings of an
 * agency; completeness and on-time per quarter and per agency/pemda, overdue and warnings of a roll-up.
 */
public final class MonitoringTables {

    private MonitoringTables() {
    }

    /** The stored version and computation time when the document carries them (agency and pemda documents). */
    public static TableWriter.Cover cover(String title, JsonNode d) {
        String version = text(d, "version");
        String at = text(d, "computedAt");
        return new TableWriter.Cover(title, version == null ? "roll-up tersimpan" : version,
                at == null ? Instant.now() : Instant.parse(at));
    }

    public static List<Table> agency(JsonNode d) {
        Table compliance = Table.of("Kepatuhan", column("Triwulan", INTEGER), Table.text("Status triwulan"),
                Table.text("Jenis"), Table.text("Status"), column("Diharapkan", COUNT), column("Dikirim", COUNT),
                Table.text("Batas kirim"), Table.text("Terakhir dikirim"), Table.text("Belum dikirim"));
        for (JsonNode q : each(d, "compliance")) {
            for (String kind : List.of("indicator", "budget")) {
                JsonNode k = q.get(kind);
                JsonNode steps = k == null ? null : k.get("steps");
                JsonNode submission = steps != null && steps.size() > 0 ? steps.get(0) : null;
                compliance.row(num(q, "quarter"), text(q, "status"), text(k, "kind"), text(k, "status"),
                        num(k, "expected"), num(k, "submitted"), text(submission, "deadline"),
                        text(k, "lastSubmittedOn"), joined(k, "missing"));
            }
        }
        Table projections = Table.of("Proyeksi", Table.text("Indikator"), Table.text("Agregasi"),
                column("s.d. triwulan", INTEGER), column("Target", DECIMAL), column("Realisasi kini", DECIMAL),
                column("Proyeksi akhir tahun", DECIMAL), column("Batas bawah", DECIMAL), column("Batas atas", DECIMAL),
                Table.text("Dasar rentang"), column("Proyeksi capaian", PERCENT), column("Capaian bawah", PERCENT),
                column("Capaian atas", PERCENT), Table.text("Proyeksi predikat"), Table.text("Metode"),
                Table.text("Keterangan"));
        for (JsonNode p : each(d, "projections")) {
            String note = first(text(p, "notComputable"), text(p, "capaianNotComputable"), text(p, "rangeUnknown"));
            projections.row(text(p, "indicator"), text(p, "aggregation"), num(p, "throughQuarter"), num(p, "target"),
                    num(p, "current"), num(p, "projected"), num(p, "low"), num(p, "high"), text(p, "rangeBasis"),
                    num(p, "projectedCapaian"), num(p, "capaianLow"), num(p, "capaianHigh"),
                    text(p, "projectedPredicate"), text(p, "method"), note);
        }
        List<Table> tables = new ArrayList<>(List.of(compliance, projections));
        tables.addAll(ReportTables.findings(d.path("warnings")));
        tables.set(2, rename(tables.get(2), "Peringatan"));
        return tables;
    }

    public static List<Table> pemda(JsonNode d) {
        Table quarters = Table.of("Triwulan", column("Triwulan", INTEGER), column("OPD wajib lapor", COUNT),
                Table.text("Per status"), column("Kelengkapan", PERCENT), column("Tepat waktu", PERCENT));
        for (JsonNode q : each(d, "quarters")) {
            quarters.row(num(q, "quarter"), num(q, "agenciesDue"), counts(q.get("byStatus")), num(q, "completeness"),
                    num(q, "onTime"));
        }
        return rollup(d, "OPD", "agency", quarters);
    }

    public static List<Table> province(JsonNode d) {
        return rollup(d, "Pemda", "tenant", null);
    }

    private static List<Table> rollup(JsonNode d, String name, String key, Table quarters) {
        Table ranking = Table.of(name, column("Peringkat", INTEGER), Table.text(name), column("Rekaman diharapkan", COUNT),
                column("Rekaman dikirim", COUNT), column("Jenis wajib", COUNT), column("Jenis tepat waktu", COUNT),
                column("Kelengkapan", PERCENT), column("Tepat waktu", PERCENT), column("Peringatan", COUNT));
        for (JsonNode a : each(d, key.equals("agency") ? "ranking" : "pemda")) {
            JsonNode t = a.get("totals");
            ranking.row(num(a, "rank"), text(a, key), num(t, "expectedRecords"), num(t, "submittedRecords"),
                    num(t, "kindsDue"), num(t, "kindsOnTime"), num(t, "completeness"), num(t, "onTime"),
                    num(a, "warnings"));
        }
        JsonNode t = d.get("totals");
        ranking.row(null, "Jumlah", num(t, "expectedRecords"), num(t, "submittedRecords"), num(t, "kindsDue"),
                num(t, "kindsOnTime"), num(t, "completeness"), num(t, "onTime"), null);
        Table overdue = Table.of("Terlambat", Table.text("Pemda"), Table.text("OPD"), column("Triwulan", INTEGER),
                Table.text("Jenis"), Table.text("Status"), Table.text("Batas kirim"), Table.text("Belum dikirim"));
        for (JsonNode o : each(d, "overdue")) {
            overdue.row(text(o, "tenant"), text(o, "agency"), num(o, "quarter"), text(o, "kind"), text(o, "status"),
                    text(o, "deadline"), joined(o, "missing"));
        }
        Table warnings = Table.of("Peringatan", Table.text("Kode"), column("Jumlah", COUNT));
        JsonNode w = d.get("warnings");
        if (w != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = w.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                warnings.row(e.getKey(), e.getValue().decimalValue());
            }
        }
        return quarters == null ? List.of(ranking, overdue, warnings) : List.of(quarters, ranking, overdue, warnings);
    }

    private static Table rename(Table t, String name) {
        return new Table(name, t.columns(), t.rows());
    }

    private static String joined(JsonNode node, String field) {
        List<String> values = new ArrayList<>();
        each(node, field).forEach(v -> values.add(v.asText()));
        return String.join("; ", values);
    }

    private static String counts(JsonNode byStatus) {
        List<String> parts = new ArrayList<>();
        if (byStatus != null) {
            byStatus.fields().forEachRemaining(e -> parts.add(e.getKey() + "=" + e.getValue().asText()));
        }
        return String.join("; ", parts);
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
