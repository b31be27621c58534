package id.kinerja.planning.service;

import id.kinerja.events.Numbers;
import id.kinerja.events.plan.BudgetLevel;
import id.kinerja.events.plan.BudgetVersion;
import id.kinerja.events.plan.Pagu;
import id.kinerja.events.plan.ReportedTotal;
import id.kinerja.events.planning.BudgetNodePayload;
import id.kinerja.planning.domain.BudgetNode;
import id.kinerja.planning.domain.Indicator;
import id.kinerja.planning.domain.Objective;
import id.kinerja.planning.domain.Renstra;
import id.kinerja.planning.rest.input.BudgetNodeInput;
import id.kinerja.planning.rest.input.PaguInput;
import id.kinerja.planning.rest.input.ReportedTotalInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** The budget tree of an agency-year. Pagu is input on leaves only; every total is computed. */
@ApplicationScoped
public class BudgetService {

    @Inject
    OrganisationService organisation;
    @Inject
    PlanEvents events;

    @Transactional(Transactional.TxType.MANDATORY)
    public Change upsert(String tenant, String agency, int year, BudgetNodeInput in, Conflicts conflicts, String path) {
        organisation.agency(tenant, agency);
        String parentCode = validate(tenant, agency, year, in, conflicts, path);
        if (conflicts.hasErrors()) {
            return Change.UNCHANGED;
        }
        BudgetNode node = BudgetNode.find(tenant, agency, year, in.code()).orElse(null);
        Change change = node == null ? Change.CREATED : Change.UPDATED;
        if (node == null) {
            node = new BudgetNode();
            node.id = UUID.randomUUID();
            node.tenant = tenant;
            node.agencyCode = agency;
            node.fiscalYear = year;
            node.code = in.code();
            node.version = 0;
        } else if (node.level != in.level()) {
            conflicts.error(Conflicts.path(path, "level"), in.code() + " is a " + node.level, in.level());
            return Change.UNCHANGED;
        }
        BudgetNodePayload before = change == Change.CREATED ? null : PlanEvents.payload(node);
        node.level = in.level();
        node.parentCode = parentCode;
        node.name = in.name();
        node.sasaranCode = in.sasaranCode();
        node.indicatorCodes = in.indicatorCodes() == null ? List.of() : List.copyOf(in.indicatorCodes());
        node.pagu = pagu(in.pagu());
        node.reportedPagu = reported(in.reportedPagu());
        if (before != null && before.equals(PlanEvents.payload(node))) {
            return Change.UNCHANGED;
        }
        node.version++;
        node.updatedAt = Instant.now();
        node.persist();
        events.budgetNode(node);
        return change;
    }

    /** Checks after a whole tree was written that pagu sits on leaves only. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void checkLeafPagu(String tenant, String agency, int year, Conflicts conflicts, String path) {
        List<BudgetNode> nodes = BudgetNode.of(tenant, agency, year);
        Set<String> parents = new java.util.HashSet<>();
        nodes.forEach(n -> {
            if (n.parentCode != null) {
                parents.add(n.parentCode);
            }
        });
        for (BudgetNode n : nodes) {
            if (parents.contains(n.code) && !n.pagu.isEmpty()) {
                conflicts.error(path, "pagu can only be set on a node without children; " + n.code
                        + " has children, its total is computed", n.code);
            }
        }
    }

    private String validate(String tenant, String agency, int year, BudgetNodeInput in, Conflicts conflicts,
                            String path) {
        if (!BudgetCodes.valid(in.level(), in.code())) {
            conflicts.error(Conflicts.path(path, "code"), "not a Permendagri 90 " + in.level().name().toLowerCase()
                    + " code (e.g. " + BudgetCodes.example(in.level()) + ")", in.code());
            return null;
        }
        String parentCode = BudgetCodes.parentOf(in.level(), in.code());
        if (in.parentCode() != null && !in.parentCode().equals(parentCode)) {
            conflicts.error(Conflicts.path(path, "parentCode"), "the code " + in.code() + " belongs under " + parentCode,
                    in.parentCode());
        }
        if (parentCode != null) {
            BudgetLevel parentLevel = in.level() == BudgetLevel.KEGIATAN ? BudgetLevel.PROGRAM : BudgetLevel.KEGIATAN;
            BudgetNode parent = BudgetNode.find(tenant, agency, year, parentCode).orElse(null);
            if (parent == null || parent.level != parentLevel) {
                conflicts.error(Conflicts.path(path, "parentCode"), "unknown " + parentLevel.name().toLowerCase() + " "
                        + parentCode + " in the " + year + " budget", parentCode);
            } else if (!parent.pagu.isEmpty()) {
                conflicts.error(Conflicts.path(path, "parentCode"), "parent " + parentCode
                        + " has its own pagu; pagu belongs on leaves only, totals are computed", parentCode);
            }
        }
        Renstra renstra = Renstra.covering(tenant, agency, year).orElse(null);
        if (in.sasaranCode() != null && (renstra == null || Objective.find(renstra.id, in.sasaranCode()).isEmpty())) {
            conflicts.error(Conflicts.path(path, "sasaranCode"), "unknown sasaran in the Renstra covering " + year,
                    in.sasaranCode());
        }
        if (in.indicatorCodes() != null) {
            for (int i = 0; i < in.indicatorCodes().size(); i++) {
                String code = in.indicatorCodes().get(i);
                if (renstra == null || Indicator.find(renstra.id, code).isEmpty()) {
                    conflicts.error(Conflicts.path(path, "indicatorCodes[" + i + "]"),
                            "unknown indicator in the Renstra covering " + year, code);
                }
            }
        }
        Set<BudgetVersion> versions = EnumSet.noneOf(BudgetVersion.class);
        if (in.pagu() != null) {
            for (int i = 0; i < in.pagu().size(); i++) {
                PaguInput p = in.pagu().get(i);
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
        return parentCode;
    }

    private static List<Pagu> pagu(List<PaguInput> in) {
        if (in == null) {
            return List.of();
        }
        List<Pagu> pagu = new ArrayList<>();
        for (PaguInput p : in) {
            pagu.add(new Pagu(p.version(), Numbers.norm(p.amount()), Numbers.norm(p.belanjaOperasi()),
                    Numbers.norm(p.belanjaModal())));
        }
        pagu.sort(Comparator.comparing(Pagu::version));
        return pagu;
    }

    private static List<ReportedTotal> reported(List<ReportedTotalInput> in) {
        if (in == null) {
            return List.of();
        }
        return in.stream().map(r -> new ReportedTotal(r.version(), Numbers.norm(r.amount()), r.source()))
                .sorted(Comparator.comparing(ReportedTotal::version).thenComparing(r -> Objects.toString(r.source(), "")))
                .toList();
    }

    /** One node with its computed totals per budget version (leaf pagu summed over its subtree). */
    public record NodeTotals(BudgetNode node, Map<BudgetVersion, BigDecimal> totals, List<NodeTotals> children) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<NodeTotals> tree(String tenant, String agency, int year) {
        organisation.agency(tenant, agency);
        List<BudgetNode> nodes = BudgetNode.of(tenant, agency, year);
        return children(null, nodes);
    }

    private List<NodeTotals> children(String parentCode, List<BudgetNode> nodes) {
        List<NodeTotals> result = new ArrayList<>();
        for (BudgetNode n : nodes) {
            if (Objects.equals(n.parentCode, parentCode)) {
                List<NodeTotals> kids = children(n.code, nodes);
                Map<BudgetVersion, BigDecimal> totals = new EnumMap<>(BudgetVersion.class);
                if (kids.isEmpty()) {
                    n.pagu.forEach(p -> totals.put(p.version(), p.amount()));
                } else {
                    kids.forEach(k -> k.totals().forEach((v, a) -> totals.merge(v, a, BigDecimal::add)));
                }
                result.add(new NodeTotals(n, totals, kids));
            }
        }
        return result;
    }

    public static Map<BudgetVersion, BigDecimal> sum(List<NodeTotals> roots) {
        Map<BudgetVersion, BigDecimal> totals = new EnumMap<>(BudgetVersion.class);
        roots.forEach(r -> r.totals().forEach((v, a) -> totals.merge(v, a, BigDecimal::add)));
        return totals;
    }
}
