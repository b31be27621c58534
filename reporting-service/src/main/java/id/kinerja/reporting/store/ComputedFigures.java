package id.kinerja.reporting.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.events.planning.BudgetNodePayload;
import id.kinerja.reporting.engine.BudgetFigures;
import id.kinerja.reporting.engine.Figure;
import id.kinerja.reporting.figures.AgencyCalculator;
import id.kinerja.reporting.figures.AgencyDashboard;
import id.kinerja.reporting.figures.AgencyInputs;
import id.kinerja.reporting.figures.BudgetCalculator;
import id.kinerja.reporting.figures.ComparisonCalculator;
import id.kinerja.reporting.figures.Explanation;
import id.kinerja.reporting.figures.View;
import id.kinerja.reporting.findings.Finding;
import id.kinerja.reporting.findings.FindingRules;
import id.kinerja.reporting.lkjip.LkjipAssembler;
import id.kinerja.reporting.snapshot.AgencyYearSnapshot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs every calculator over an agency-year snapshot (both views, each quarter) and turns the results into the
 * rows of the figure tables, documents serialised exactly as the API serves them.
 */
final class ComputedFigures {

    private final ObjectMapper json;
    private final Map<FigureTable, List<FigureRow>> rows = new EnumMap<>(FigureTable.class);

    private ComputedFigures(ObjectMapper json) {
        this.json = json;
        for (FigureTable t : FigureTable.values()) {
            rows.put(t, new ArrayList<>());
        }
    }

    /** The rows of every figure table; all empty when no Renstra covers the year (findings aside). */
    static Map<FigureTable, List<FigureRow>> of(AgencyYearSnapshot snapshot, ObjectMapper json, Instant now) {
        ComputedFigures computed = new ComputedFigures(json);
        List<Finding> findings = FindingRules.check(snapshot);
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            computed.add(FigureTable.FINDING, FigureRow.of(String.format("%04d", i), i, f.type(), f.severity(),
                    computed.write(f)));
        }
        if (snapshot.renstra() == null) {
            return computed.rows;
        }
        for (View view : View.values()) {
            for (int through = 1; through <= 4; through++) {
                computed.view(snapshot, view, through);
            }
            computed.budgetNodes(snapshot, view);
        }
        AgencyDashboard official = AgencyCalculator.dashboard(snapshot, View.OFFICIAL, 4);
        // the summary's digest leaves out when it was computed: an unchanged summary is no new version
        String unstamped = computed.write(LkjipAssembler.of(snapshot, official, findings, null));
        computed.add(FigureTable.LKJIP, new FigureRow("lkjip", List.of(computed.write(LkjipAssembler.of(snapshot,
                official, findings, now))), FigureRow.digest(unstamped)));
        return computed.rows;
    }

    private void view(AgencyYearSnapshot snapshot, View view, int through) {
        String key = (view.officialOnly() ? "O" : "S") + through;
        AgencyDashboard d = AgencyCalculator.dashboard(snapshot, view, through);
        Map<String, Integer> predicates = new TreeMap<>();
        d.sasaran().forEach(s -> s.indicators().forEach(i -> {
            if (i.predicate() != null) {
                predicates.merge(i.predicate(), 1, Integer::sum);
            }
        }));
        Figure average = d.organisationAverage().figure();
        add(FigureTable.AGENCY, FigureRow.of(key, view.officialOnly(), through, average.value(),
                d.organisationAverage().value(), d.organisationAverage().printed(), average.notComputable(),
                d.budget().pagu(), d.budget().spent(), d.budget().absorption(), write(predicates),
                d.rules() == null ? null : d.rules().rounding(), write(d), write(ComparisonCalculator.of(snapshot, d))));
        for (Explanation e : Explanation.all(AgencyInputs.of(snapshot, view, through))) {
            add(FigureTable.INDICATOR, FigureRow.of(key + "/" + e.indicator(), view.officialOnly(), through,
                    e.indicator(), e.definition().payload().parentCode(), e.target(), e.realisation().value(),
                    e.capaian().value(), e.predicate(), e.capaian().notComputable(), write(e)));
        }
        int n = 0;
        for (AgencyDashboard.Sasaran s : d.sasaran()) {
            AgencyDashboard.Efficiency e = s.efficiency();
            add(FigureTable.SASARAN, FigureRow.of(key + "/" + n++ + "/" + s.code(), view.officialOnly(), through,
                    s.code(), e == null ? null : e.capaian(), e == null ? null : e.serapan(),
                    e == null ? null : e.unrounded(), e == null ? null : e.verdict(), e == null ? null : e.pagu(),
                    e == null ? null : e.spent(), s.efficiencyNotComputable()));
        }
    }

    private void budgetNodes(AgencyYearSnapshot snapshot, View view) {
        List<BudgetNodePayload> nodes = snapshot.nodes();
        Map<String, BudgetCalculator.Sums> sums = BudgetCalculator.perNode(nodes,
                AgencyCalculator.spending(snapshot, view, 4));
        for (BudgetNodePayload node : nodes) {
            BudgetCalculator.Sums s = sums.get(node.code());
            Figure absorption = BudgetFigures.absorption(s.spent(), s.pagu());
            add(FigureTable.BUDGET_NODE, FigureRow.of((view.officialOnly() ? "O/" : "S/") + node.code(),
                    view.officialOnly(), node.code(), node.level().name(), BudgetCalculator.sasaranOf(node, nodes),
                    s.pagu(), s.spent(), absorption.value()));
        }
    }

    private void add(FigureTable table, FigureRow row) {
        rows.get(table).add(row);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("figures not serialisable", e);
        }
    }
}
