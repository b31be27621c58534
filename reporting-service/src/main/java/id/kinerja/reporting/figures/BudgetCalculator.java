package id.kinerja.reporting.figures;

import id.kinerja.events.planning.BudgetNodePayload;
import id.kinerja.figures.budget.PaguInForce;
import id.kinerja.events.realisation.BudgetRealisationPayload;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The budget tree's sums: leaves (nodes without children) carry the pagu in force; a node's pagu and spending
 * are the sums over the leaves under it by code prefix ({@code 2.07.01} holds {@code 2.07.01.2.01.0001}).
 * A sasaran's budget is every leaf whose nearest mapped node (itself, its kegiatan or its program) names it.
 */
public final class BudgetCalculator {

    private BudgetCalculator() {
    }

    /** Pagu in force and spending of a node, summed over its leaves. */
    public record Sums(BigDecimal pagu, BigDecimal spent) {
        static final Sums ZERO = new Sums(BigDecimal.ZERO, BigDecimal.ZERO);

        Sums plus(Sums other) {
            return new Sums(pagu.add(other.pagu), spent.add(other.spent));
        }
    }

    /** Nodes without children carry the pagu; totals are their sums. */
    public static List<BudgetNodePayload> leaves(List<BudgetNodePayload> nodes) {
        Set<String> parents = new HashSet<>();
        nodes.forEach(n -> {
            if (n.parentCode() != null) {
                parents.add(n.parentCode());
            }
        });
        return nodes.stream().filter(n -> !parents.contains(n.code())).toList();
    }

    /** The pagu in force of a sub-kegiatan: DPPA when there is one, else DPA; none is 0. */
    public static BigDecimal paguInForce(BudgetNodePayload leaf) {
        return PaguInForce.amount(leaf.pagu()); // the one rule for every service (libs/sakip-figures)
    }

    /** Spending per sub-kegiatan code, in one pass. */
    public static Map<String, BigDecimal> spentBySubKegiatan(List<BudgetRealisationPayload> spending) {
        Map<String, BigDecimal> spent = new HashMap<>();
        spending.forEach(s -> spent.merge(s.subKegiatanCode(), s.amount(), BigDecimal::add));
        return spent;
    }

    public static BigDecimal spentOn(String code, List<BudgetRealisationPayload> spending) {
        return spending.stream().filter(s -> s.subKegiatanCode().equals(code)).map(BudgetRealisationPayload::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Whether {@code code} is the node itself or lies under it. */
    public static boolean under(String code, String node) {
        return id.kinerja.figures.budget.BudgetTree.covers(node, code);
    }

    /** Pagu and spending of every node (in the given order), each the sum over its leaves. */
    public static Map<String, Sums> perNode(List<BudgetNodePayload> nodes, List<BudgetRealisationPayload> spending) {
        Map<String, BigDecimal> spent = spentBySubKegiatan(spending);
        List<BudgetNodePayload> leaves = leaves(nodes);
        Map<String, Sums> result = new LinkedHashMap<>();
        for (BudgetNodePayload node : nodes) {
            Sums sums = Sums.ZERO;
            for (BudgetNodePayload leaf : leaves) {
                if (under(leaf.code(), node.code())) {
                    sums = sums.plus(new Sums(paguInForce(leaf), spent.getOrDefault(leaf.code(), BigDecimal.ZERO)));
                }
            }
            result.put(node.code(), sums);
        }
        return result;
    }

    /** The sasaran a node serves: its own mapping, else the nearest mapped node above it (longest code prefix). */
    public static String sasaranOf(BudgetNodePayload node, List<BudgetNodePayload> nodes) {
        if (node.sasaranCode() != null) {
            return node.sasaranCode();
        }
        BudgetNodePayload nearest = null;
        for (BudgetNodePayload candidate : nodes) {
            if (candidate.sasaranCode() != null && node.code().startsWith(candidate.code() + ".")
                    && (nearest == null || candidate.code().length() > nearest.code().length())) {
                nearest = candidate;
            }
        }
        return nearest == null ? null : nearest.sasaranCode();
    }

    /** A sasaran's budget: the leaves whose nearest mapping is the sasaran; null when none is mapped to it. */
    public static Sums ofSasaran(String sasaranCode, List<BudgetNodePayload> nodes,
                                 List<BudgetRealisationPayload> spending) {
        Map<String, BigDecimal> spent = spentBySubKegiatan(spending);
        Sums sums = null;
        for (BudgetNodePayload leaf : leaves(nodes)) {
            if (sasaranCode.equals(sasaranOf(leaf, nodes))) {
                Sums own = new Sums(paguInForce(leaf), spent.getOrDefault(leaf.code(), BigDecimal.ZERO));
                sums = sums == null ? own : sums.plus(own);
            }
        }
        return sums;
    }
}
