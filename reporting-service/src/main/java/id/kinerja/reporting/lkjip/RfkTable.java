package id.kinerja.reporting.lkjip;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.kinerja.events.Numbers;
import id.kinerja.events.planning.BudgetNodePayload;
import id.kinerja.events.realisation.BudgetRealisationPayload;
import id.kinerja.reporting.dashboard.DashboardService;
import id.kinerja.reporting.engine.BudgetFigures;
import id.kinerja.reporting.engine.Figure;
import id.kinerja.reporting.engine.Presentation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The RFK (realisasi fisik dan keuangan) table of chapter III: per program, kegiatan and sub-kegiatan the
 * pagu in force (DPPA, else DPA), spending per quarter and in total, % keuangan, and % fisik (the last
 * reported physical progress of a sub-kegiatan; above it, weighted by pagu). Totals come from the leaves.
 */
final class RfkTable {

    private RfkTable() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Row(String level, String code, String name, BigDecimal pagu, List<BigDecimal> quarters, BigDecimal spent,
               BigDecimal pctKeuangan, BigDecimal pctFisik, BigDecimal sisa) {
    }

    static List<Row> of(List<BudgetNodePayload> nodes, List<BudgetRealisationPayload> spending, Presentation presentation) {
        List<BudgetNodePayload> ordered = nodes.stream().sorted(Comparator.comparing(BudgetNodePayload::code)).toList();
        List<Row> rows = new ArrayList<>();
        BigDecimal totalPagu = BigDecimal.ZERO;
        BigDecimal[] totalQuarters = zeros();
        BigDecimal totalFisik = BigDecimal.ZERO;
        for (BudgetNodePayload node : ordered) {
            BigDecimal pagu = BigDecimal.ZERO;
            BigDecimal[] quarters = zeros();
            BigDecimal weightedFisik = BigDecimal.ZERO;
            for (BudgetNodePayload leaf : ordered) {
                boolean under = leaf.code().equals(node.code()) || leaf.code().startsWith(node.code() + ".");
                if (!under || leaf.pagu().isEmpty()) {
                    continue;
                }
                BigDecimal leafPagu = DashboardService.paguInForce(leaf);
                pagu = pagu.add(leafPagu);
                BigDecimal fisik = null;
                int lastQuarter = 0;
                for (BudgetRealisationPayload s : spending) {
                    if (s.subKegiatanCode().equals(leaf.code())) {
                        quarters[s.quarter() - 1] = quarters[s.quarter() - 1].add(s.amount());
                        if (s.physicalProgress() != null && s.quarter() >= lastQuarter) {
                            fisik = s.physicalProgress();
                            lastQuarter = s.quarter();
                        }
                    }
                }
                if (fisik != null) {
                    weightedFisik = weightedFisik.add(fisik.multiply(leafPagu));
                }
            }
            rows.add(row(node.level().name(), node.code(), node.name(), pagu, quarters, weightedFisik, presentation));
            if (node.parentCode() == null) {
                totalPagu = totalPagu.add(pagu);
                for (int q = 0; q < 4; q++) {
                    totalQuarters[q] = totalQuarters[q].add(quarters[q]);
                }
                totalFisik = totalFisik.add(weightedFisik);
            }
        }
        rows.add(row("TOTAL", null, "Jumlah", totalPagu, totalQuarters, totalFisik, presentation));
        return rows;
    }

    private static Row row(String level, String code, String name, BigDecimal pagu, BigDecimal[] quarters,
                           BigDecimal weightedFisik, Presentation presentation) {
        BigDecimal spent = quarters[0].add(quarters[1]).add(quarters[2]).add(quarters[3]);
        Figure keuangan = BudgetFigures.absorption(spent, pagu);
        BigDecimal fisik = pagu.signum() == 0 || weightedFisik.signum() == 0 ? null
                : presentation.round(weightedFisik.divide(pagu, Figure.SCALE, RoundingMode.HALF_EVEN));
        return new Row(level, code, name, Numbers.norm(pagu), List.of(Numbers.norm(quarters[0]),
                Numbers.norm(quarters[1]), Numbers.norm(quarters[2]), Numbers.norm(quarters[3])), Numbers.norm(spent),
                keuangan.computed() ? presentation.round(keuangan.value()) : null, fisik,
                Numbers.norm(pagu.subtract(spent)));
    }

    private static BigDecimal[] zeros() {
        return new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
    }
}
