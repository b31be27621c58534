package id.kinerja.reporting.lkjip;

import id.kinerja.events.plan.ObjectiveKind;
import id.kinerja.events.plan.PkContent;
import id.kinerja.events.planning.IndicatorPayload;
import id.kinerja.events.planning.OrganisationProfilePayload;
import id.kinerja.events.planning.PkPayload;
import id.kinerja.events.planning.RenstraPayload;
import id.kinerja.events.realisation.IndicatorRealisationPayload;
import id.kinerja.events.realisation.RealisationStatus;
import id.kinerja.reporting.engine.Presentation;
import id.kinerja.reporting.figures.AgencyDashboard;
import id.kinerja.reporting.figures.ComparisonCalculator;
import id.kinerja.reporting.findings.Finding;
import id.kinerja.reporting.snapshot.AgencyYearSnapshot;
import id.kinerja.reporting.snapshot.Stored;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The LKjIP summary of an agency-year from its snapshot and its official dashboard through Q4 (one engine, no
 * second sums): chapter II from the plan, chapter III from the figures, stamped with a version derived from
 * every source record. Pure.
 */
public final class LkjipAssembler {

    private LkjipAssembler() {
    }

    public static LkjipSummary of(AgencyYearSnapshot s, AgencyDashboard dashboard, List<Finding> findings,
                                  Instant computedAt) {
        RenstraPayload renstra = s.renstra();
        List<IndicatorPayload> indicators = s.indicators().stream().map(Stored::payload).toList();
        List<IndicatorRealisationPayload> realisations = s.realisations().stream().map(Stored::payload).toList();
        LkjipSummary.ChapterII chapterII = new LkjipSummary.ChapterII(renstra(renstra, indicators),
                s.pks().stream().map(Stored::payload).map(LkjipAssembler::pk).toList());
        Presentation presentation = dashboard.presentation();
        List<LkjipSummary.SasaranResult> sasaran = new ArrayList<>();
        for (AgencyDashboard.Sasaran sr : dashboard.sasaran()) {
            List<LkjipSummary.IndicatorResult> results = new ArrayList<>();
            for (AgencyDashboard.Indicator figures : sr.indicators()) {
                IndicatorPayload plan = indicators.stream().filter(i -> i.code().equals(figures.code())).findFirst()
                        .orElseThrow();
                results.add(new LkjipSummary.IndicatorResult(figures, ComparisonCalculator.comparison(plan, figures,
                        s.year(), presentation, ComparisonCalculator.pastYears(s, plan, renstra.periodStart(),
                                presentation)), narrative(realisations, figures.code())));
            }
            sasaran.add(new LkjipSummary.SasaranResult(sr.code(), sr.name(), results, sr.efficiency()));
        }
        var approvedSpending = s.spending().stream().map(Stored::payload)
                .filter(b -> b.status() == RealisationStatus.APPROVED).toList();
        return new LkjipSummary(s.tenant(), s.agency(), s.year(), sourceVersion(s), computedAt, chapterII,
                new LkjipSummary.ChapterIII(sasaran, dashboard.organisationAverage(), dashboard.budget(),
                        RfkTable.of(s.nodes(), approvedSpending, presentation), dashboard.rules()), findings,
                chapterI(s.profile()));
    }

    /** A digest of every source record (aggregate and version) the summary was computed from. */
    static String sourceVersion(AgencyYearSnapshot s) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (List<? extends Stored<?>> list : List.of(s.renstras(), s.agencyIndicators(), s.pks(), s.realisations(),
                    s.budgetNodes(), s.spending(), s.ruleSets(), s.profiles())) {
                list.forEach(st -> digest.update((st.aggregateId() + "@" + st.version() + ";")
                        .getBytes(StandardCharsets.UTF_8)));
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LkjipSummary.ChapterI chapterI(Stored<OrganisationProfilePayload> stored) {
        if (stored == null) {
            return null;
        }
        OrganisationProfilePayload p = stored.payload();
        return new LkjipSummary.ChapterI(p.year(), p.legalBasis(), p.address(), p.tugas(), p.fungsi(), p.head(),
                staff(p.staffByGolongan()), staff(p.staffByEducation()), staff(p.staffByGrade()), p.isuStrategis());
    }

    /** A staff table with its total, computed here once so every printed total is a stored figure. */
    private static LkjipSummary.StaffTable staff(List<OrganisationProfilePayload.StaffCount> rows) {
        if (rows == null || rows.isEmpty()) {
            return null;
        }
        return new LkjipSummary.StaffTable(rows.stream().map(r -> new LkjipSummary.StaffRow(r.category(), r.count()))
                .toList(), rows.stream().mapToInt(OrganisationProfilePayload.StaffCount::count).sum());
    }

    private static LkjipSummary.Renstra renstra(RenstraPayload r, List<IndicatorPayload> indicators) {
        List<LkjipSummary.Tujuan> tujuan = r.objectives().stream().filter(o -> o.kind() == ObjectiveKind.TUJUAN)
                .map(t -> new LkjipSummary.Tujuan(t.code(), t.name(), plans(indicators, t.code()),
                        r.objectives().stream().filter(o -> o.kind() == ObjectiveKind.SASARAN
                                        && t.code().equals(o.parentCode()))
                                .map(o -> new LkjipSummary.Sasaran(o.code(), o.name(), plans(indicators, o.code())))
                                .toList()))
                .toList();
        return new LkjipSummary.Renstra(r.code(), r.title(), r.periodStart(), r.periodEnd(), r.legalBasis(),
                r.versions().stream().map(v -> v.versionNo() + " " + v.kind()
                        + (v.decreeNumber() == null ? "" : " (" + v.decreeNumber() + ")")).toList(), tujuan);
    }

    private static List<LkjipSummary.IndicatorPlan> plans(List<IndicatorPayload> indicators, String parent) {
        return indicators.stream().filter(i -> parent.equals(i.parentCode()))
                .map(i -> new LkjipSummary.IndicatorPlan(i.code(), i.name(), i.unit(), i.iku(), i.formula(),
                        i.dataSource(), i.targets(), i.endTarget()))
                .toList();
    }

    private static LkjipSummary.Pk pk(PkPayload pk) {
        return new LkjipSummary.Pk(pk.code(), pk.title(), pk.signer(), pk.counterSigner(), pk.parentCode(),
                pk.status().name(), pk.versions().stream().map(v -> new LkjipSummary.PkVersion(v.versionNo(),
                        v.kind().name(), v.dated(), v.reason(),
                        v.content().indicators().stream().map(i -> new LkjipSummary.PkTarget(i.indicatorCode(),
                                i.target(), i.targetCategory())).toList(),
                        v.content().budgets().stream().map(b -> new LkjipSummary.PkBudget(b.budgetCode(), b.amount()))
                                .toList(),
                        v.content().budgets().stream().map(PkContent.Budget::amount).reduce(BigDecimal.ZERO,
                                BigDecimal::add),
                        v.content().reportedTotal())).toList());
    }

    private static LkjipSummary.Narrative narrative(List<IndicatorRealisationPayload> realisations, String code) {
        return realisations.stream().filter(r -> r.indicatorCode().equals(code))
                .max((a, b) -> Integer.compare(a.quarter() == null ? 5 : a.quarter(), b.quarter() == null ? 5 : b.quarter()))
                .map(r -> new LkjipSummary.Narrative(r.drivingFactors(), r.inhibitingFactors(), r.followUp(),
                        r.provisional()))
                .orElse(null);
    }
}
