package id.kinerja.planning.service;

import id.kinerja.events.plan.BudgetLevel;
import id.kinerja.events.plan.BudgetVersion;
import id.kinerja.planning.domain.BudgetNode;
import id.kinerja.planning.domain.Indicator;
import id.kinerja.planning.domain.Objective;
import id.kinerja.planning.domain.Renstra;
import id.kinerja.planning.rest.input.BudgetNodeInput;
import id.kinerja.planning.rest.input.PaguInput;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The budget tree of one agency-year as a request would leave it: the stored nodes and the Renstra codes,
 * read once, with the request's nodes laid over them. Every rule of a budget node is checked against this
 * snapshot in memory, so a large import costs a handful of queries and a rejected one writes nothing.
 */
final class BudgetYear {

    /** What the checks need of a node after the request: its level and whether it carries pagu. */
    private record Shape(BudgetLevel level, boolean hasPagu, String path) {
    }

    private final int year;
    private final Map<String, BudgetNode> stored;
    private final Set<String> renstraObjectives;
    private final Set<String> renstraIndicators;
    private final boolean hasRenstra;
    private final Map<String, Shape> staged = new HashMap<>();

    private BudgetYear(int year, Map<String, BudgetNode> stored, Renstra renstra) {
        this.year = year;
        this.stored = stored;
        this.hasRenstra = renstra != null;
        this.renstraObjectives = renstra == null ? Set.of()
                : Objective.of(renstra.id).stream().map(o -> o.code).collect(Collectors.toSet());
        this.renstraIndicators = renstra == null ? Set.of()
                : Indicator.of(renstra.id).stream().map(i -> i.code).collect(Collectors.toSet());
    }

    static BudgetYear load(String tenant, String agency, int year) {
        Map<String, BudgetNode> stored = new HashMap<>();
        BudgetNode.of(tenant, agency, year).forEach(n -> stored.put(n.code, n));
        return new BudgetYear(year, stored, Renstra.covering(tenant, agency, year).orElse(null));
    }

    BudgetNode existing(String code) {
        return stored.get(code);
    }

    void created(BudgetNode node) {
        stored.put(node.code, node);
    }

    /** Lays a node of the request over the stored tree, before any check runs. */
    void stage(BudgetNodeInput in, String path) {
        staged.put(in.code(), new Shape(in.level(), in.pagu() != null && !in.pagu().isEmpty(), path));
    }

    private Shape shape(String code) {
        Shape shape = staged.get(code);
        if (shape != null) {
            return shape;
        }
        BudgetNode node = stored.get(code);
        return node == null ? null : new Shape(node.level, !node.pagu.isEmpty(), null);
    }

    void check(BudgetNodeInput in, Conflicts conflicts, String path) {
        if (!BudgetCodes.valid(in.level(), in.code())) {
            conflicts.error(Conflicts.path(path, "code"), "not a Permendagri 90 " + in.level().name().toLowerCase()
                    + " code (e.g. " + BudgetCodes.example(in.level()) + ")", in.code());
            return;
        }
        BudgetNode before = stored.get(in.code());
        if (before != null && before.level != in.level()) {
            conflicts.error(Conflicts.path(path, "level"), in.code() + " is a " + before.level, in.level());
        }
        String parentCode = BudgetCodes.parentOf(in.level(), in.code());
        if (in.parentCode() != null && !in.parentCode().equals(parentCode)) {
            conflicts.error(Conflicts.path(path, "parentCode"), "the code " + in.code() + " belongs under " + parentCode,
                    in.parentCode());
        }
        if (parentCode != null) {
            BudgetLevel parentLevel = in.level() == BudgetLevel.KEGIATAN ? BudgetLevel.PROGRAM : BudgetLevel.KEGIATAN;
            Shape parent = shape(parentCode);
            if (parent == null || parent.level() != parentLevel) {
                conflicts.error(Conflicts.path(path, "parentCode"), "unknown " + parentLevel.name().toLowerCase() + " "
                        + parentCode + " in the " + year + " budget", parentCode);
            } else if (parent.hasPagu()) {
                conflicts.error(Conflicts.path(path, "parentCode"), "parent " + parentCode
                        + " has its own pagu; pagu belongs on leaves only, totals are computed", parentCode);
            }
        }
        if (in.sasaranCode() != null && (!hasRenstra || !renstraObjectives.contains(in.sasaranCode()))) {
            conflicts.error(Conflicts.path(path, "sasaranCode"), "unknown sasaran in the Renstra covering " + year,
                    in.sasaranCode());
        }
        if (in.indicatorCodes() != null) {
            for (int i = 0; i < in.indicatorCodes().size(); i++) {
                String code = in.indicatorCodes().get(i);
                if (!renstraIndicators.contains(code)) {
                    conflicts.error(Conflicts.path(path, "indicatorCodes[" + i + "]"),
                            "unknown indicator in the Renstra covering " + year, code);
                }
            }
        }
        checkPagu(in.pagu(), conflicts, path);
    }

    private static void checkPagu(List<PaguInput> pagu, Conflicts conflicts, String path) {
        if (pagu == null) {
            return;
        }
        Set<BudgetVersion> versions = EnumSet.noneOf(BudgetVersion.class);
        for (int i = 0; i < pagu.size(); i++) {
            PaguInput p = pagu.get(i);
            String at = Conflicts.path(path, "pagu[" + i + "]");
            if (!versions.add(p.version())) {
                conflicts.error(at + ".version", "duplicate budget version", p.version());
            }
            if (p.belanjaOperasi() != null && p.belanjaModal() != null
                    && p.belanjaOperasi().add(p.belanjaModal()).compareTo(p.amount()) != 0) {
                conflicts.error(at + ".amount", "belanja operasi " + p.belanjaOperasi().toPlainString()
                        + " + belanja modal " + p.belanjaModal().toPlainString() + " is not the amount", p.amount());
            }
        }
    }

    /** A node of the request that carries pagu must have no children, stored or in the request. */
    void checkLeafPagu(Conflicts conflicts) {
        Set<String> parents = new HashSet<>();
        stored.values().forEach(n -> {
            if (n.parentCode != null) {
                parents.add(n.parentCode);
            }
        });
        staged.forEach((code, shape) -> {
            if (BudgetCodes.valid(shape.level(), code)) {
                String parent = BudgetCodes.parentOf(shape.level(), code);
                if (parent != null) {
                    parents.add(parent);
                }
            }
        });
        staged.forEach((code, shape) -> {
            if (shape.hasPagu() && parents.contains(code)) {
                conflicts.error(Conflicts.path(shape.path(), "pagu"), "pagu can only be set on a node without children; "
                        + code + " has children, its total is computed", code);
            }
        });
    }
}
