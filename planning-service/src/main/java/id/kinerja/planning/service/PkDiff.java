package id.kinerja.planning.service;

import id.kinerja.events.plan.PkContent;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** What changed between two versions of a PK: targets, budgets and the stated total. */
public record PkDiff(int from, int to, List<Change> indicators, List<Change> budgets, Change reportedTotal) {

    /** One difference; {@code kind} is ADDED, REMOVED or CHANGED. */
    public record Change(String code, String kind, Object before, Object after) {
    }

    public static PkDiff between(int from, PkContent a, int to, PkContent b) {
        Map<String, Object> targetsA = new LinkedHashMap<>();
        a.indicators().forEach(i -> targetsA.put(i.indicatorCode(), i.targetCategory() != null ? i.targetCategory() : i.target()));
        Map<String, Object> targetsB = new LinkedHashMap<>();
        b.indicators().forEach(i -> targetsB.put(i.indicatorCode(), i.targetCategory() != null ? i.targetCategory() : i.target()));
        Map<String, Object> budgetsA = new LinkedHashMap<>();
        a.budgets().forEach(x -> budgetsA.put(x.budgetCode(), x.amount()));
        Map<String, Object> budgetsB = new LinkedHashMap<>();
        b.budgets().forEach(x -> budgetsB.put(x.budgetCode(), x.amount()));
        Change total = same(a.reportedTotal(), b.reportedTotal()) ? null
                : new Change("reportedTotal", "CHANGED", a.reportedTotal(), b.reportedTotal());
        return new PkDiff(from, to, compare(targetsA, targetsB), compare(budgetsA, budgetsB), total);
    }

    private static List<Change> compare(Map<String, Object> a, Map<String, Object> b) {
        Set<String> codes = new LinkedHashSet<>(a.keySet());
        codes.addAll(b.keySet());
        List<Change> changes = new ArrayList<>();
        for (String code : codes) {
            Object before = a.get(code);
            Object after = b.get(code);
            if (!a.containsKey(code)) {
                changes.add(new Change(code, "ADDED", null, after));
            } else if (!b.containsKey(code)) {
                changes.add(new Change(code, "REMOVED", before, null));
            } else if (!same(before, after)) {
                changes.add(new Change(code, "CHANGED", before, after));
            }
        }
        return changes;
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }
}
