package id.kinerja.figures.budget;

import id.kinerja.events.Numbers;
import id.kinerja.events.plan.Pagu;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The RFK (realisasi fisik dan keuangan) of an agency-year through a quarter, the one computation behind
 * realisation-service's RFK endpoint and reporting-service's LKjIP table. Per budget node (in code order) and in
 * total: the pagu in force, the spending per quarter and in total, % keuangan (spent / pagu), % bobot (pagu /
 * the agency's pagu), % fisik (the last physical progress reported for a leaf; above it, weighted by pagu) and
 * sisa (pagu − spent). Leaves are the nodes that carry a pagu, and nodes with nothing below them. Percentages
 * keep ten decimals; where one cannot be computed (no pagu, no progress reported) it is null, and a reported 0 %
 * stays 0.
 */
public final class Rfk {

    private Rfk() {
    }

    /** A node of the budget tree; {@code pagu} is given on the leaves. */
    public record Node(String level, String code, String name, List<Pagu> pagu) {
    }

    /** Spending on a sub-kegiatan in one quarter, and the cumulative physical progress reported with it. */
    public record Spending(String subKegiatanCode, int quarter, BigDecimal amount, BigDecimal physicalProgress) {
    }

    public record Line(String level, String code, String name, BigDecimal pagu, List<BigDecimal> quarters,
                       BigDecimal spent, BigDecimal pctKeuangan, BigDecimal pctBobot, BigDecimal pctFisik,
                       BigDecimal sisa) {
    }

    /** The lines in code order and the agency's total (level {@code TOTAL}). */
    public record Table(List<Line> lines, Line total) {
    }

    /**
     * The nodes plus, for sub-kegiatan whose program or kegiatan is not among them (a replica that holds only the
     * leaves), a line for each missing one, named by its code only.
     */
    public static List<Node> withMissingAncestors(List<Node> nodes) {
        Map<String, Node> byCode = new LinkedHashMap<>();
        nodes.forEach(n -> byCode.put(n.code(), n));
        for (Node node : nodes) {
            if ("SUB_KEGIATAN".equals(node.level())) {
                BudgetTree.ancestors(node.code()).forEach((level, code) ->
                        byCode.putIfAbsent(code, new Node(level, code, null, List.of())));
            }
        }
        return List.copyOf(byCode.values());
    }

    public static Table of(List<Node> nodes, List<Spending> spending, int throughQuarter) {
        if (throughQuarter < 1 || throughQuarter > 4) {
            throw new IllegalArgumentException("throughQuarter must be 1-4");
        }
        List<Node> ordered = nodes.stream().sorted(Comparator.comparing(Node::code)).toList();
        Map<String, Sums> leaves = leaves(ordered, spending, throughQuarter);
        Sums total = new Sums();
        leaves.values().forEach(total::add);
        List<Line> lines = new ArrayList<>();
        for (Node node : ordered) {
            Sums sums = new Sums();
            leaves.forEach((code, leaf) -> {
                if (BudgetTree.covers(node.code(), code)) {
                    sums.add(leaf);
                }
            });
            lines.add(line(node.level(), node.code(), node.name(), sums, total.pagu));
        }
        return new Table(lines, line("TOTAL", null, null, total, total.pagu));
    }

    /** One pass over the spending: each leaf's quarters and its last reported physical progress. */
    private static Map<String, Sums> leaves(List<Node> ordered, List<Spending> spending, int throughQuarter) {
        Map<String, Sums> bySubKegiatan = new HashMap<>();
        Map<String, Integer> fisikQuarter = new HashMap<>();
        for (Spending s : spending) {
            if (s.quarter() < 1 || s.quarter() > throughQuarter) {
                continue;
            }
            Sums leaf = bySubKegiatan.computeIfAbsent(s.subKegiatanCode(), k -> new Sums());
            leaf.quarters[s.quarter() - 1] = leaf.quarters[s.quarter() - 1].add(s.amount());
            if (s.physicalProgress() != null && s.quarter() >= fisikQuarter.getOrDefault(s.subKegiatanCode(), 0)) {
                leaf.fisik = s.physicalProgress();
                fisikQuarter.put(s.subKegiatanCode(), s.quarter());
            }
        }
        Map<String, Sums> leaves = new LinkedHashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            Node node = ordered.get(i);
            boolean childless = i + 1 == ordered.size() || !BudgetTree.covers(node.code(), ordered.get(i + 1).code());
            if ((node.pagu() != null && !node.pagu().isEmpty()) || childless) {
                Sums leaf = bySubKegiatan.getOrDefault(node.code(), new Sums());
                leaf.pagu = PaguInForce.amount(node.pagu());
                leaf.reportedFisik = leaf.fisik != null;
                leaf.weightedFisik = leaf.fisik == null ? BigDecimal.ZERO : leaf.fisik.multiply(leaf.pagu);
                leaves.put(node.code(), leaf);
            }
        }
        return leaves;
    }

    /** Pagu, spending per quarter and pagu-weighted physical progress of a node (or of one leaf). */
    private static final class Sums {
        BigDecimal pagu = BigDecimal.ZERO;
        final BigDecimal[] quarters = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        BigDecimal weightedFisik = BigDecimal.ZERO;
        boolean reportedFisik;
        /** Set on a leaf only: its own last reported progress. */
        BigDecimal fisik;
        int leaves;

        void add(Sums leaf) {
            pagu = pagu.add(leaf.pagu);
            for (int q = 0; q < 4; q++) {
                quarters[q] = quarters[q].add(leaf.quarters[q]);
            }
            weightedFisik = weightedFisik.add(leaf.weightedFisik);
            reportedFisik |= leaf.reportedFisik;
            fisik = leaves == 0 ? leaf.fisik : null;
            leaves++;
        }
    }

    private static Line line(String level, String code, String name, Sums sums, BigDecimal agencyPagu) {
        BigDecimal spent = sums.quarters[0].add(sums.quarters[1]).add(sums.quarters[2]).add(sums.quarters[3]);
        return new Line(level, code, name, Numbers.norm(sums.pagu), List.of(Numbers.norm(sums.quarters[0]),
                Numbers.norm(sums.quarters[1]), Numbers.norm(sums.quarters[2]), Numbers.norm(sums.quarters[3])),
                Numbers.norm(spent), Percent.of(spent, sums.pagu), Percent.of(sums.pagu, agencyPagu), fisik(sums),
                Numbers.norm(sums.pagu.subtract(spent)));
    }

    /** A single leaf shows its own progress; above it, progress is weighted by pagu (the usual RFK convention). */
    private static BigDecimal fisik(Sums sums) {
        if (!sums.reportedFisik) {
            return null;
        }
        if (sums.leaves == 1 && sums.fisik != null) {
            return Numbers.norm(sums.fisik);
        }
        return sums.pagu.signum() == 0 ? null
                : Numbers.norm(sums.weightedFisik.divide(sums.pagu, Percent.SCALE, RoundingMode.HALF_EVEN));
    }
}
