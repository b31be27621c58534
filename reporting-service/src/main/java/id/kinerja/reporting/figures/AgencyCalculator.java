package id.kinerja.reporting.figures;

import id.kinerja.events.Numbers;
import id.kinerja.events.plan.BudgetLevel;
import id.kinerja.events.plan.BudgetVersion;
import id.kinerja.events.plan.ObjectiveKind;
import id.kinerja.events.plan.OrganisationAverage;
import id.kinerja.events.planning.BudgetNodePayload;
import id.kinerja.events.planning.IndicatorPayload;
import id.kinerja.events.planning.RenstraPayload;
import id.kinerja.events.planning.RuleSetPayload;
import id.kinerja.events.realisation.BudgetRealisationPayload;
import id.kinerja.reporting.engine.BudgetFigures;
import id.kinerja.reporting.engine.Figure;
import id.kinerja.reporting.engine.Presentation;
import id.kinerja.reporting.snapshot.AgencyYearSnapshot;
import id.kinerja.reporting.snapshot.Stored;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An agency-year dashboard from its snapshot, for one view through one quarter: per sasaran its indicators'
 * figures and efficiency, the budget (pagu in force, spending, absorption per program) and the organisation
 * average over the IKU (or the rules' chosen indicators). Pure.
 */
public final class AgencyCalculator {

    private AgencyCalculator() {
    }

    /** Null when no Renstra covers the year. */
    public static AgencyDashboard dashboard(AgencyYearSnapshot snapshot, View view, int through) {
        AgencyInputs in = AgencyInputs.of(snapshot, view, through);
        if (in == null) {
            return null;
        }
        Map<String, List<AgencyDashboard.Indicator>> bySasaran = new LinkedHashMap<>();
        Map<String, List<Figure>> capaianBySasaran = new LinkedHashMap<>();
        List<Figure> averaged = new ArrayList<>();
        List<String> averagedCodes = new ArrayList<>();
        for (Stored<IndicatorPayload> stored : in.indicators()) {
            IndicatorPayload indicator = stored.payload();
            IndicatorCalculator.Computed c = IndicatorCalculator.compute(in, indicator);
            bySasaran.computeIfAbsent(indicator.parentCode(), k -> new ArrayList<>()).add(c.view());
            capaianBySasaran.computeIfAbsent(indicator.parentCode(), k -> new ArrayList<>()).add(c.capaian());
            if (countsInAverage(in.rules(), indicator)) {
                averaged.add(c.capaian());
                averagedCodes.add(indicator.code());
            }
        }
        List<BudgetNodePayload> nodes = snapshot.nodes();
        List<BudgetRealisationPayload> spending = spending(snapshot, view, through);
        List<AgencyDashboard.Sasaran> sasaran = new ArrayList<>();
        for (RenstraPayload.Objective o : in.renstra().objectives()) {
            if (o.kind() != ObjectiveKind.SASARAN && !bySasaran.containsKey(o.code())) {
                continue;
            }
            EfficiencyCalculator.Result efficiency = EfficiencyCalculator.of(
                    in.rules() == null ? null : in.rules().efficiencyRule(), in.presentation(),
                    capaianBySasaran.getOrDefault(o.code(), List.of()),
                    BudgetCalculator.ofSasaran(o.code(), nodes, spending));
            sasaran.add(new AgencyDashboard.Sasaran(o.code(), o.name(), bySasaran.getOrDefault(o.code(), List.of()),
                    efficiency.efficiency(), efficiency.notComputable()));
        }
        Figure average = BudgetFigures.average(averaged, averagedCodes);
        Presentation p = in.presentation();
        return new AgencyDashboard(in.tenant(), in.agency(), in.year(), through, view.officialOnly(), in.rulesView(),
                sasaran, new AgencyDashboard.Average(average.value() == null ? null : p.round(average.value()),
                p.format(average.value()), averagedCodes, average), budget(p, nodes, spending), null);
    }

    /** The spending that counts in the view, up to the quarter. */
    public static List<BudgetRealisationPayload> spending(AgencyYearSnapshot snapshot, View view, int through) {
        return snapshot.spending().stream().map(Stored::payload)
                .filter(b -> b.quarter() <= through && view.counts(b.status())).toList();
    }

    static boolean countsInAverage(RuleSetPayload rules, IndicatorPayload indicator) {
        if (rules == null || rules.organisationAverage() == null
                || rules.organisationAverage().mode() == OrganisationAverage.Mode.IKU) {
            return indicator.iku();
        }
        return rules.organisationAverage().indicatorCodes().contains(indicator.code());
    }

    static AgencyDashboard.Budget budget(Presentation presentation, List<BudgetNodePayload> nodes,
                                         List<BudgetRealisationPayload> spending) {
        Map<String, BudgetCalculator.Sums> sums = BudgetCalculator.perNode(nodes, spending);
        BudgetCalculator.Sums total = new BudgetCalculator.Sums(BigDecimal.ZERO, BigDecimal.ZERO);
        Map<String, BigDecimal> spent = BudgetCalculator.spentBySubKegiatan(spending);
        List<BudgetNodePayload> leaves = BudgetCalculator.leaves(nodes);
        for (BudgetNodePayload leaf : leaves) {
            total = new BudgetCalculator.Sums(total.pagu().add(BudgetCalculator.paguInForce(leaf)),
                    total.spent().add(spent.getOrDefault(leaf.code(), BigDecimal.ZERO)));
        }
        List<AgencyDashboard.Program> programs = new ArrayList<>();
        for (BudgetNodePayload p : nodes) {
            if (p.level() == BudgetLevel.PROGRAM) {
                BudgetCalculator.Sums s = sums.get(p.code());
                Figure absorption = BudgetFigures.absorption(s.spent(), s.pagu());
                programs.add(new AgencyDashboard.Program(p.code(), p.name(), p.sasaranCode(), Numbers.norm(s.pagu()),
                        Numbers.norm(s.spent()), absorption.computed() ? presentation.round(absorption.value()) : null));
            }
        }
        Figure absorption = BudgetFigures.absorption(total.spent(), total.pagu());
        boolean anyDppa = leaves.stream().anyMatch(l -> l.pagu().stream().anyMatch(x -> x.version() == BudgetVersion.DPPA));
        return new AgencyDashboard.Budget(Numbers.norm(total.pagu()), anyDppa ? "DPPA" : "DPA",
                Numbers.norm(total.spent()), absorption.computed() ? presentation.round(absorption.value()) : null,
                presentation.format(absorption.value()), Presentation.rupiah(total.pagu()), programs);
    }
}
