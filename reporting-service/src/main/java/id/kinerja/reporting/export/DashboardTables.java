package id.kinerja.reporting.export;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.spreadsheets.Table;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static id.kinerja.reporting.export.Json.bool;
import static id.kinerja.reporting.export.Json.each;
import static id.kinerja.reporting.export.Json.num;
import static id.kinerja.reporting.export.Json.text;
import static id.kinerja.spreadsheets.Table.Type.DECIMAL;
import static id.kinerja.spreadsheets.Table.Type.MONEY;
import static id.kinerja.spreadsheets.Table.Type.PERCENT;
import static id.kinerja.spreadsheets.Table.column;

/** The agency dashboard's stored document as tables: IKU, budget, efficiency and (compare=true) comparisons. */
public final class DashboardTables {

    private DashboardTables() {
    }

    public static List<Table> of(JsonNode d) {
        List<Table> tables = new ArrayList<>();
        tables.add(indicators("IKU", d.get("sasaran"), false));
        tables.add(budget(d.get("budget")));
        tables.add(efficiency(d.get("sasaran")));
        if (d.get("comparisons") != null && d.get("comparisons").isObject()) {
            tables.addAll(comparisons(d.get("comparisons")));
        }
        return tables;
    }

    /** Indicators per sasaran; {@code lkjip}: the LKjIP's shape (figures and narrative per indicator). */
    static Table indicators(String name, JsonNode sasaran, boolean lkjip) {
        Table t = Table.of(name, Table.text("Sasaran"), Table.text("Kode"), Table.text("Indikator"),
                Table.text("Satuan"), Table.text("IKU"), column("Target", DECIMAL), Table.text("Target (kategori)"),
                Table.text("Sumber target"), column("Realisasi", DECIMAL), Table.text("Realisasi (kategori)"),
                Table.text("Status"), column("Capaian", PERCENT), Table.text("Predikat"), Table.text("Keterangan"),
                Table.text("Faktor pendorong"), Table.text("Faktor penghambat"), Table.text("Tindak lanjut"));
        for (JsonNode s : sasaran == null ? List.<JsonNode>of() : sasaran) {
            for (JsonNode entry : each(s, "indicators")) {
                JsonNode i = lkjip ? entry.get("figures") : entry;
                JsonNode n = lkjip ? entry.get("narrative") : null;
                t.row(text(s, "code"), text(i, "code"), text(i, "name"), text(i, "unit"), bool(i, "iku"),
                        num(i, "target"), text(i, "targetCategory"), text(i, "targetSource"), num(i, "realisation"),
                        text(i, "realisationCategory"), text(i, "realisationStatus"), num(i, "capaian"),
                        text(i, "predicate"), text(i, "notComputable"), text(n, "drivingFactors"),
                        text(n, "inhibitingFactors"), text(n, "followUp"));
            }
        }
        return t;
    }

    static Table budget(JsonNode b) {
        Table t = Table.of("Anggaran", Table.text("Kode"), Table.text("Program"), Table.text("Sasaran"),
                column("Pagu", MONEY), column("Realisasi", MONEY), column("Serapan", PERCENT));
        for (JsonNode p : each(b, "programs")) {
            t.row(text(p, "code"), text(p, "name"), text(p, "sasaranCode"), num(p, "pagu"), num(p, "spent"),
                    num(p, "absorption"));
        }
        if (b != null && !b.isNull()) {
            String version = text(b, "paguVersion");
            t.row("Jumlah", version == null ? null : "pagu " + version, null, num(b, "pagu"), num(b, "spent"),
                    num(b, "absorption"));
        }
        return t;
    }

    static Table efficiency(JsonNode sasaran) {
        Table t = Table.of("Efisiensi", Table.text("Sasaran"), Table.text("Nama"), column("Capaian", PERCENT),
                column("Serapan", PERCENT), column("Indeks efisiensi", DECIMAL), Table.text("Penilaian"),
                Table.text("Aturan"), column("Pagu", MONEY), column("Realisasi", MONEY), Table.text("Keterangan"));
        for (JsonNode s : sasaran == null ? List.<JsonNode>of() : sasaran) {
            JsonNode e = s.get("efficiency");
            t.row(text(s, "code"), text(s, "name"), num(e, "capaian"), num(e, "serapan"), num(e, "value"),
                    text(e, "verdict"), text(e, "rule"), num(e, "pagu"), num(e, "spent"),
                    text(s, "efficiencyNotComputable"));
        }
        return t;
    }

    static List<Table> comparisons(JsonNode byIndicator) {
        Table renstra = Table.of("Perbandingan", Table.text("Kode"), column("Target tahun Renstra", DECIMAL),
                column("Target akhir Renstra", DECIMAL), column("Progres ke target akhir", PERCENT));
        Table past = Table.of("Tahun sebelumnya", Table.text("Kode"), column("Tahun", Table.Type.INTEGER),
                column("Target", DECIMAL), column("Realisasi", DECIMAL), column("Capaian", PERCENT),
                Table.text("Keterangan"));
        Table refs = Table.of("Pembanding", Table.text("Kode"), Table.text("Lingkup"), column("Nilai", DECIMAL),
                Table.text("Sumber"), column("Relatif", PERCENT));
        for (Iterator<Map.Entry<String, JsonNode>> it = byIndicator.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            comparison(e.getKey(), e.getValue(), renstra, past, refs);
        }
        return List.of(renstra, past, refs);
    }

    static void comparison(String code, JsonNode c, Table renstra, Table past, Table refs) {
        if (c == null || c.isNull()) {
            return;
        }
        renstra.row(code, num(c, "renstraYearTarget"), num(c, "renstraEndTarget"), num(c, "progressToEnd"));
        for (JsonNode p : each(c, "previousYears")) {
            past.row(code, num(p, "year"), num(p, "target"), num(p, "realisation"), num(p, "capaian"),
                    text(p, "notComputable"));
        }
        for (JsonNode r : each(c, "references")) {
            refs.row(code, text(r, "scope"), num(r, "value"), text(r, "source"), num(r, "relative"));
        }
    }
}
