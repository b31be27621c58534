package id.kinerja.realisation.spreadsheet;

import id.kinerja.realisation.rest.AuditResource;
import id.kinerja.realisation.service.RfkService;
import id.kinerja.spreadsheets.Table;

import java.util.ArrayList;
import java.util.List;

import static id.kinerja.spreadsheets.Table.Type.MONEY;
import static id.kinerja.spreadsheets.Table.Type.PERCENT;
import static id.kinerja.spreadsheets.Table.column;

/** The RFK and a record's audit trail as tables, from the same answers the JSON endpoints give. */
public final class RealisationTables {

    private RealisationTables() {
    }

    public static List<Table> rfk(RfkService.Rfk rfk) {
        Table t = Table.of("RFK TW " + rfk.quarter(), Table.text("Level"), Table.text("Kode"), Table.text("Nama"),
                column("Pagu", MONEY), column("Realisasi triwulan", MONEY), column("Kumulatif sebelumnya", MONEY),
                column("Kumulatif", MONEY), column("% keuangan", PERCENT), column("% bobot", PERCENT),
                column("% fisik", PERCENT), column("Sisa", MONEY));
        List<RfkService.Line> lines = new ArrayList<>(rfk.lines());
        if (rfk.total() != null) {
            lines.add(rfk.total());
        }
        for (RfkService.Line l : lines) {
            t.row(l.level(), l.code(), l.name(), l.pagu(), l.quarter(), l.cumulativeBefore(), l.cumulative(),
                    l.pctKeuangan(), l.pctBobot(), l.pctFisik(), l.sisa());
        }
        return List.of(t);
    }

    public static List<Table> audit(List<AuditResource.AuditLine> trail) {
        Table t = Table.of("Jejak audit", column("Versi", Table.Type.INTEGER), Table.text("Tindakan"),
                Table.text("Pelaku"), Table.text("Waktu (UTC)"), Table.text("Alasan"), Table.text("Nilai lama"),
                Table.text("Nilai baru"));
        for (AuditResource.AuditLine l : trail) {
            t.row(l.version(), l.action(), l.actor(), l.at().toString(), l.reason(),
                    l.oldValue() == null ? null : l.oldValue().toString(),
                    l.newValue() == null ? null : l.newValue().toString());
        }
        return List.of(t);
    }
}
