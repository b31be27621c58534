package id.kinerja.reporting.lkjip;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.kinerja.events.planning.BudgetNodePayload;
import id.kinerja.events.realisation.BudgetRealisationPayload;
import id.kinerja.figures.budget.Rfk;
import id.kinerja.reporting.engine.Presentation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The RFK (realisasi fisik dan keuangan) table of chapter III: per program, kegiatan and sub-kegiatan the
 * pagu in force (DPPA, else DPA), spending per quarter and in total, % keuangan, % bobot and % fisik (the last
 * reported physical progress of a sub-kegiatan; above it, weighted by pagu). Computed by the shared
 * {@link Rfk} (libs/sakip-figures, also behind realisation-service's RFK endpoint); here only presented.
 */
public final class RfkTable {

    private RfkTable() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Row(String level, String code, String name, BigDecimal pagu, List<BigDecimal> quarters, BigDecimal spent,
               BigDecimal pctKeuangan, BigDecimal pctBobot, BigDecimal pctFisik, BigDecimal sisa) {
    }

    static List<Row> of(List<BudgetNodePayload> nodes, List<BudgetRealisationPayload> spending, Presentation presentation) {
        Rfk.Table table = Rfk.of(
                nodes.stream().map(n -> new Rfk.Node(n.level().name(), n.code(), n.name(), n.pagu())).toList(),
                spending.stream().map(s -> new Rfk.Spending(s.subKegiatanCode(), s.quarter(), s.amount(),
                        s.physicalProgress())).toList(), 4);
        List<Row> rows = new ArrayList<>();
        table.lines().forEach(line -> rows.add(row(line, line.name(), presentation)));
        rows.add(row(table.total(), "Jumlah", presentation));
        return rows;
    }

    private static Row row(Rfk.Line line, String name, Presentation presentation) {
        return new Row(line.level(), line.code(), name, line.pagu(), line.quarters(), line.spent(),
                round(line.pctKeuangan(), presentation), round(line.pctBobot(), presentation),
                round(line.pctFisik(), presentation), line.sisa());
    }

    private static BigDecimal round(BigDecimal percent, Presentation presentation) {
        return percent == null ? null : presentation.round(percent);
    }
}
