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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
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
        // one pass over the spending, one figure per sub-kegiatan; every node then adds up the leaves below it
        Map<String, Sums> bySubKegiatan = new HashMap<>();
        Map<String, Integer> fisikQuarter = new HashMap<>();
        for (BudgetRealisationPayload s : spending) {
            Sums leaf = bySubKegiatan.computeIfAbsent(s.subKegiatanCode(), k -> new Sums());
            leaf.quarters[s.quarter() - 1] = leaf.quarters[s.quarter() - 1].add(s.amount());
            if (s.physicalProgress() != null && s.quarter() >= fisikQuarter.getOrDefault(s.subKegiatanCode(), 0)) {
                leaf.fisik = s.physicalProgress();
                fisikQuarter.put(s.subKegiatanCode(), s.quarter());
            }
        }
        List<BudgetNodePayload> ordered = nodes.stream().sorted(Comparator.comparing(BudgetNodePayload::code)).toList();
        Map<String, Sums> leaves = new LinkedHashMap<>();
        for (BudgetNodePayload node : ordered) {
            if (!node.pagu().isEmpty()) {
                Sums leaf = bySubKegiatan.getOrDefault(node.code(), new Sums());
                leaf.pagu = DashboardService.paguInForce(node);
                leaf.weightedFisik = leaf.fisik == null ? BigDecimal.ZERO : leaf.fisik.multiply(leaf.pagu);
                leaves.put(node.code(), leaf);
            }
        }
        List<Row> rows = new ArrayList<>();
        Sums total = new Sums();
        for (BudgetNodePayload node : ordered) {
            Sums sums = new Sums();
            leaves.forEach((code, leaf) -> {
                if (code.equals(node.code()) || code.startsWith(node.code() + ".")) {
                    sums.add(leaf);
                }
            });
            rows.add(row(node.level().name(), node.code(), node.name(), sums, presentation));
            if (node.parentCode() == null) {
                total.add(sums);
            }
        }
        rows.add(row("TOTAL", null, "Jumlah", total, presentation));
        return rows;
    }

    /** Pagu, spending per quarter and pagu-weighted physical progress of a node (or of one sub-kegiatan). */
    private static final class Sums {
        BigDecimal pagu = BigDecimal.ZERO;
        final BigDecimal[] quarters = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        BigDecimal weightedFisik = BigDecimal.ZERO;
        BigDecimal fisik;

        void add(Sums other) {
            pagu = pagu.add(other.pagu);
            for (int q = 0; q < 4; q++) {
                quarters[q] = quarters[q].add(other.quarters[q]);
            }
            weightedFisik = weightedFisik.add(other.weightedFisik);
        }
    }

    private static Row row(String level, String code, String name, Sums sums, Presentation presentation) {
        BigDecimal pagu = sums.pagu;
        BigDecimal[] quarters = sums.quarters;
        BigDecimal weightedFisik = sums.weightedFisik;
        BigDecimal spent = quarters[0].add(quarters[1]).add(quarters[2]).add(quarters[3]);
        Figure keuangan = BudgetFigures.absorption(spent, pagu);
        BigDecimal fisik = pagu.signum() == 0 || weightedFisik.signum() == 0 ? null
                : presentation.round(weightedFisik.divide(pagu, Figure.SCALE, RoundingMode.HALF_EVEN));
        return new Row(level, code, name, Numbers.norm(pagu), List.of(Numbers.norm(quarters[0]),
                Numbers.norm(quarters[1]), Numbers.norm(quarters[2]), Numbers.norm(quarters[3])), Numbers.norm(spent),
                keuangan.computed() ? presentation.round(keuangan.value()) : null, fisik,
                Numbers.norm(pagu.subtract(spent)));
    }
}
