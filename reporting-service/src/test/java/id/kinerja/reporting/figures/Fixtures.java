package id.kinerja.reporting.figures;

import id.kinerja.events.plan.Aggregation;
import id.kinerja.events.plan.BudgetLevel;
import id.kinerja.events.plan.BudgetVersion;
import id.kinerja.events.plan.CategoryPolicy;
import id.kinerja.events.plan.Direction;
import id.kinerja.events.plan.EfficiencyRule;
import id.kinerja.events.plan.IndicatorLevel;
import id.kinerja.events.plan.ObjectiveKind;
import id.kinerja.events.plan.OrganisationAverage;
import id.kinerja.events.plan.Pagu;
import id.kinerja.events.plan.PkContent;
import id.kinerja.events.plan.PkParty;
import id.kinerja.events.plan.PkStatus;
import id.kinerja.events.plan.PkVersionKind;
import id.kinerja.events.plan.PredicateScale;
import id.kinerja.events.plan.QuarterMode;
import id.kinerja.events.plan.Quarters;
import id.kinerja.events.plan.ReportedTotal;
import id.kinerja.events.plan.RoundingMode;
import id.kinerja.events.plan.TargetValue;
import id.kinerja.events.plan.ValueType;
import id.kinerja.events.planning.BudgetNodePayload;
import id.kinerja.events.planning.IndicatorPayload;
import id.kinerja.events.planning.PkPayload;
import id.kinerja.events.planning.QuarterlyTargetPayload;
import id.kinerja.events.planning.RenstraPayload;
import id.kinerja.events.planning.RuleSetPayload;
import id.kinerja.events.realisation.BudgetRealisationPayload;
import id.kinerja.events.realisation.IndicatorRealisationPayload;
import id.kinerja.events.realisation.RealisationStatus;
import id.kinerja.reporting.snapshot.AgencyYearSnapshot;
import id.kinerja.reporting.snapshot.Stored;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds agency-year snapshots for the calculator and finding-rule table tests (no database, no Quarkus). */
public final class Fixtures {

    public static final String A = "DINAS";
    public static final int YEAR = 2024;

    public static BigDecimal d(String v) {
        return v == null ? null : new BigDecimal(v);
    }

    public static RuleSetPayload rules(EfficiencyRule rule) {
        return new RuleSetPayload(2020, 1, new PredicateScale("UJI", "test", List.of(
                new PredicateScale.Band("Sangat Berhasil", d("85"), true, null, false),
                new PredicateScale.Band("Berhasil", d("70"), true, d("85"), false),
                new PredicateScale.Band("Tidak Berhasil", null, false, d("70"), false))),
                rule, RoundingMode.HALF_UP, 2, CategoryPolicy.REACHED_IS_100,
                new OrganisationAverage(OrganisationAverage.Mode.IKU, List.of()));
    }

    public static IndicatorPayload indicator(String code, String sasaran, String target, Aggregation aggregation) {
        return new IndicatorPayload(A, "R", code, IndicatorLevel.SASARAN, sasaran, "Indicator " + code, "%", null, null,
                null, null, null, Direction.HIGHER_IS_BETTER, null, null, aggregation, ValueType.NUMBER, List.of(),
                true, null, new TargetValue(2026, d(target), null), List.of(new TargetValue(YEAR, d(target), null)),
                List.of());
    }

    public static IndicatorRealisationPayload realisation(String code, Integer quarter, String value,
                                                          RealisationStatus status) {
        return new IndicatorRealisationPayload(A, code, YEAR, quarter, d(value), null, null, null, false, null, null,
                null, null, null, status, null, "test");
    }

    public static BudgetNodePayload node(BudgetLevel level, String code, String parent, String sasaran, String dpa,
                                         String dppa, ReportedTotal... reported) {
        List<Pagu> pagu = new ArrayList<>();
        if (dpa != null) {
            pagu.add(new Pagu(BudgetVersion.DPA, d(dpa), null, null));
        }
        if (dppa != null) {
            pagu.add(new Pagu(BudgetVersion.DPPA, d(dppa), null, null));
        }
        return new BudgetNodePayload(A, YEAR, level, code, parent, "Node " + code, sasaran, List.of(), pagu,
                List.of(reported));
    }

    public static BudgetRealisationPayload spent(String subKegiatan, int quarter, String amount,
                                                 RealisationStatus status) {
        return new BudgetRealisationPayload(A, subKegiatan, YEAR, quarter, d(amount), null, null, status, null, "test");
    }

    public static PkPayload pk(String code, int currentVersion, PkContent... versions) {
        List<PkPayload.Version> list = new ArrayList<>();
        for (int i = 0; i < versions.length; i++) {
            list.add(new PkPayload.Version(i + 1, i == 0 ? PkVersionKind.ORIGINAL : PkVersionKind.AMENDMENT,
                    LocalDate.of(YEAR, 1 + i, 1), null, null, versions[i]));
        }
        return new PkPayload(A, YEAR, code, null, new PkParty(null, "Kepala", "Kepala", null),
                new PkParty(null, "Bupati", "Bupati", null), null, PkStatus.SIGNED, currentVersion, list);
    }

    public static QuarterlyTargetPayload quarterly(String pk, String indicator, String q1, String q2, String q3,
                                                   String q4) {
        return new QuarterlyTargetPayload(A, YEAR, pk, indicator, QuarterMode.INCREMENTAL,
                new Quarters(d(q1), d(q2), d(q3), d(q4)));
    }

    /** A snapshot builder: a Renstra 2021-2026 with sasaran S1 and S2 unless told otherwise. */
    public static final class Snapshot {
        final List<Stored<RuleSetPayload>> rules = new ArrayList<>();
        final List<Stored<RenstraPayload>> renstras = new ArrayList<>();
        final List<Stored<IndicatorPayload>> indicators = new ArrayList<>();
        final List<Stored<PkPayload>> pks = new ArrayList<>();
        final List<Stored<QuarterlyTargetPayload>> quarterly = new ArrayList<>();
        final List<Stored<IndicatorRealisationPayload>> realisations = new ArrayList<>();
        final Map<Integer, List<IndicatorRealisationPayload>> earlier = new TreeMap<>();
        final List<Stored<BudgetNodePayload>> nodes = new ArrayList<>();
        final List<Stored<BudgetRealisationPayload>> spending = new ArrayList<>();
        final List<Stored<id.kinerja.events.realisation.EvaluationPayload>> evaluations = new ArrayList<>();
        final Map<String, List<Stored<IndicatorRealisationPayload>>> approvals = new LinkedHashMap<>();

        public Snapshot withRenstra() {
            renstras.add(new Stored<>("renstra/R", 1, new RenstraPayload(A, "R", "Renstra", 2021, 2026, null, 1,
                    List.of(), List.of(new RenstraPayload.Objective(ObjectiveKind.TUJUAN, "T1", null, "Tujuan"),
                    new RenstraPayload.Objective(ObjectiveKind.SASARAN, "S1", "T1", "Sasaran 1"),
                    new RenstraPayload.Objective(ObjectiveKind.SASARAN, "S2", "T1", "Sasaran 2")))));
            return this;
        }

        public Snapshot rules(RuleSetPayload r) {
            rules.add(new Stored<>("rules/" + r.effectiveFromYear(), 1, r));
            return this;
        }

        public Snapshot indicator(IndicatorPayload i) {
            indicators.add(new Stored<>("indicator/" + i.code(), 1, i));
            return this;
        }

        public Snapshot pk(PkPayload p) {
            pks.add(new Stored<>("pk/" + p.code(), p.currentVersion(), p));
            return this;
        }

        public Snapshot quarterly(QuarterlyTargetPayload q) {
            quarterly.add(new Stored<>("qt/" + q.indicatorCode(), 1, q));
            return this;
        }

        public Snapshot realisation(IndicatorRealisationPayload r, long version) {
            realisations.add(new Stored<>(id(r), version, r));
            return this;
        }

        /** An approved version kept in the approval history. */
        public Snapshot approved(IndicatorRealisationPayload r, long version) {
            approvals.computeIfAbsent(id(r), k -> new ArrayList<>()).add(new Stored<>(id(r), version, r));
            return this;
        }

        public Snapshot earlier(int year, IndicatorRealisationPayload r) {
            earlier.computeIfAbsent(year, k -> new ArrayList<>()).add(r);
            return this;
        }

        public Snapshot node(BudgetNodePayload n) {
            nodes.add(new Stored<>("budget-node/" + n.code(), 1, n));
            return this;
        }

        public Snapshot evaluated(id.kinerja.events.realisation.EvaluationPayload e) {
            evaluations.add(new Stored<>(e.agencyCode() + "/" + e.year(), 1, e));
            return this;
        }

        public Snapshot spent(BudgetRealisationPayload s) {
            spending.add(new Stored<>("budget-realisation/" + s.subKegiatanCode() + "/" + s.quarter(), 1, s));
            return this;
        }

        public AgencyYearSnapshot build() {
            return new AgencyYearSnapshot("uji", A, YEAR, rules, renstras, indicators, pks, quarterly, realisations,
                    earlier, nodes, spending, approvals, List.of(), evaluations);
        }

        private static String id(IndicatorRealisationPayload r) {
            return r.agencyCode() + "/" + r.indicatorCode() + "/" + r.year() + "/" + (r.quarter() == null ? "Y" : r.quarter());
        }
    }

    public static Snapshot snapshot() {
        return new Snapshot().withRenstra();
    }

    private Fixtures() {
    }
}
