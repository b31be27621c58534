package id.kinerja.reporting.findings;

import id.kinerja.events.realisation.EvaluationPayload;
import id.kinerja.events.plan.Aggregation;
import id.kinerja.events.plan.BudgetLevel;
import id.kinerja.events.plan.BudgetVersion;
import id.kinerja.events.plan.EfficiencyRule;
import id.kinerja.events.plan.PkContent;
import id.kinerja.events.plan.ReportedTotal;
import id.kinerja.events.plan.TargetValue;
import id.kinerja.events.planning.IndicatorPayload;
import id.kinerja.events.realisation.IndicatorRealisationPayload;
import id.kinerja.events.realisation.RealisationStatus;
import id.kinerja.reporting.figures.Fixtures;
import id.kinerja.reporting.snapshot.AgencyYearSnapshot;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static id.kinerja.reporting.figures.Fixtures.d;
import static id.kinerja.reporting.figures.Fixtures.indicator;
import static id.kinerja.reporting.figures.Fixtures.node;
import static id.kinerja.reporting.figures.Fixtures.pk;
import static id.kinerja.reporting.figures.Fixtures.realisation;
import static id.kinerja.reporting.figures.Fixtures.spent;
import static org.assertj.core.api.Assertions.assertThat;

/** Each finding rule: a snapshot that triggers it, one that does not; the catalogue covers every rule. */
class FindingRulesTest {

    static List<Finding> check(FindingRule rule, AgencyYearSnapshot snapshot) {
        List<Finding> findings = rule.check(snapshot);
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.type()).isEqualTo(rule.code().name());
            assertThat(f.severity()).isEqualTo(rule.code().severity().name());
        });
        return findings;
    }

    @Test
    void everyCodeHasExactlyOneRule() {
        // the in-year early warnings are rules over the monitoring figures (monitoring/warnings)
        assertThat(java.util.stream.Stream.concat(FindingRules.ALL.stream().map(FindingRule::code),
                id.kinerja.reporting.monitoring.warnings.WarningRule.ALL.stream().map(r -> r.code())))
                .containsExactlyInAnyOrder(FindingCode.values());
        assertThat(Arrays.stream(FindingCode.values())).allSatisfy(c -> assertThat(c.description()).isNotBlank());
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} {1} in {2} -> {3}")
    @org.junit.jupiter.params.provider.CsvSource({"62.15, B, 2024, 0", "62.15, BB, 2024, 1", "73.85, BB, 2024, 0",
            "90, AA, 2024, 1", "90.01, AA, 2024, 0", "62.15, BB, 2023, 0"})
    void evaluationCategoryDiffers(String score, String category, int year, int findings) {
        var evaluation = new id.kinerja.events.realisation.EvaluationPayload(Fixtures.A, year, "Inspektorat", null,
                java.time.LocalDate.of(year + 1, 3, 28), d(score), category, List.of());
        var found = check(new EvaluationCategoryDiffers(), Fixtures.snapshot().evaluated(evaluation).build());
        assertThat(found).hasSize(findings); // the snapshot's year is 2024: only that year's evaluation counts
        found.forEach(f -> assertThat(f.message()).contains(score, category));
    }

    @Test
    void followUpEvidenceReused() {
        var shared = "https://drive.example.id/a";
        java.util.function.BiFunction<String, String, EvaluationPayload.Recommendation> rec = (code, link) ->
                new EvaluationPayload.Recommendation(code, "Rekomendasi " + code, null, EvaluationPayload.Status.DONE,
                        List.of(new EvaluationPayload.FollowUp("f" + code, "Aksi", "Output", link, "Subbag", 
                                java.time.LocalDate.of(2023, 12, 1), EvaluationPayload.Status.DONE, "op")));
        var evaluation = new EvaluationPayload(Fixtures.A, 2023, "Inspektorat", "700/1", java.time.LocalDate.of(2023,
                12, 8), null, null, List.of(rec.apply("1", shared), rec.apply("2", "https://drive.example.id/b"),
                rec.apply("5", shared + " "), rec.apply("6", null)));
        var found = check(new FollowUpEvidenceReused(), Fixtures.snapshot().evaluated(evaluation).build());
        assertThat(found).singleElement().satisfies(f -> assertThat(f.numbers())
                .containsEntry("recommendations", "1, 5").containsEntry("uses", 2).containsEntry("evidence", shared));
        var older = new EvaluationPayload(Fixtures.A, 2021, "Inspektorat", null, java.time.LocalDate.of(2021, 12, 8),
                null, null, evaluation.recommendations());
        assertThat(check(new FollowUpEvidenceReused(), Fixtures.snapshot().evaluated(older).build()))
                .as("an evaluation older than the year before is not this year's follow-up").isEmpty();
        var noScore = new EvaluationPayload(Fixtures.A, 2024, "Inspektorat", null, java.time.LocalDate.of(2025, 3, 1),
                null, "BB", List.of());
        assertThat(check(new EvaluationCategoryDiffers(), Fixtures.snapshot().evaluated(noScore).build())).isEmpty();
    }

    @Test
    void reportedTotalDiffers() {
        var snapshot = Fixtures.snapshot()
                .node(node(BudgetLevel.KEGIATAN, "K", null, null, null, null,
                        new ReportedTotal(BudgetVersion.DPA, d("90"), "Tabel 3")))
                .node(node(BudgetLevel.SUB_KEGIATAN, "K.1", "K", null, "60", null))
                .node(node(BudgetLevel.SUB_KEGIATAN, "K.2", "K", null, "40", null)).build();
        List<Finding> findings = check(new ReportedTotalDiffers(), snapshot);
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).isEqualTo("DPA pagu of K printed in Tabel 3 is not the sum of its sub-kegiatan");
        assertThat(findings.get(0).numbers()).containsEntry("difference", d("10"));
        // a DPPA total while the leaves carry no DPPA: nothing to compare with
        var noDppa = Fixtures.snapshot().node(node(BudgetLevel.KEGIATAN, "K", null, null, null, null,
                new ReportedTotal(BudgetVersion.DPPA, d("90"), "x"))).node(node(BudgetLevel.SUB_KEGIATAN, "K.1", "K",
                null, "60", null)).build();
        assertThat(check(new ReportedTotalDiffers(), noDppa)).isEmpty();
    }

    @Test
    void pkTotalDiffers() {
        var content = new PkContent(List.of(), List.of(new PkContent.Budget("K", d("10"), null),
                new PkContent.Budget("L", d("5"), null)), d("16"));
        assertThat(check(new PkTotalDiffers(), Fixtures.snapshot().pk(pk("PK", 1, content)).build()))
                .singleElement().satisfies(f -> assertThat(f.numbers()).containsEntry("computed", d("15")));
        var right = new PkContent(List.of(), content.budgets(), d("15"));
        assertThat(check(new PkTotalDiffers(), Fixtures.snapshot().pk(pk("PK", 1, right)).build())).isEmpty();
    }

    @Test
    void renstraEndTargetDiffers() {
        IndicatorPayload i = indicator("I", "S1", "10", Aggregation.CUMULATIVE);
        IndicatorPayload differs = new IndicatorPayload(i.agencyCode(), i.renstraCode(), i.code(), i.level(),
                i.parentCode(), i.name(), i.unit(), null, null, null, null, null, i.direction(), null, null,
                i.aggregation(), i.valueType(), i.categories(), true, null, new TargetValue(2026, d("12"), null),
                List.of(new TargetValue(2026, d("11"), null)), List.of());
        assertThat(check(new RenstraEndTargetDiffers(), Fixtures.snapshot().indicator(differs).build())).hasSize(1);
        assertThat(check(new RenstraEndTargetDiffers(), Fixtures.snapshot().indicator(i).build())).isEmpty();
    }

    @Test
    void pkTargetDiffersFromRenstra() {
        var snapshot = Fixtures.snapshot().indicator(indicator("I", "S1", "10", Aggregation.CUMULATIVE))
                .pk(pk("PK", 2, new PkContent(List.of(new PkContent.Indicator("I", d("12"), null)), List.of(), null),
                        new PkContent(List.of(new PkContent.Indicator("I", d("10"), null)), List.of(), null)));
        assertThat(check(new PkTargetDiffersFromRenstra(), snapshot.build())).as("current version agrees").isEmpty();
        var differs = Fixtures.snapshot().indicator(indicator("I", "S1", "10", Aggregation.CUMULATIVE))
                .pk(pk("PK", 1, new PkContent(List.of(new PkContent.Indicator("I", d("12"), null)), List.of(), null)));
        assertThat(check(new PkTargetDiffersFromRenstra(), differs.build())).singleElement()
                .satisfies(f -> assertThat(f.message()).isEqualTo("PK PK sets I to a target other than the Renstra 2024 target"));
    }

    @Test
    void quarterlyTargetsDisagree() {
        var base = Fixtures.snapshot().indicator(indicator("I", "S1", "10", Aggregation.CUMULATIVE))
                .pk(pk("PK", 1, new PkContent(List.of(new PkContent.Indicator("I", d("10"), null)), List.of(), null)));
        assertThat(check(new QuarterlyTargetsDisagree(), base.quarterly(Fixtures.quarterly("PK", "I", "2", "2", "2",
                "2")).build())).singleElement().satisfies(f -> assertThat(f.numbers())
                .containsEntry("impliedYearTarget", d("8")));
        var reaches = Fixtures.snapshot().indicator(indicator("I", "S1", "10", Aggregation.CUMULATIVE))
                .pk(pk("PK", 1, new PkContent(List.of(new PkContent.Indicator("I", d("10"), null)), List.of(), null)))
                .quarterly(Fixtures.quarterly("PK", "I", "1", "2", "3", "4"));
        assertThat(check(new QuarterlyTargetsDisagree(), reaches.build())).isEmpty();
    }

    @Test
    void provisionalData() {
        IndicatorRealisationPayload provisional = new IndicatorRealisationPayload(Fixtures.A, "I", Fixtures.YEAR, null,
                d("5"), null, null, null, true, java.time.LocalDate.of(2025, 3, 1), null, null, null, null,
                RealisationStatus.SUBMITTED, null, "t");
        assertThat(check(new ProvisionalData(), Fixtures.snapshot().realisation(provisional, 1).build())).hasSize(1);
        assertThat(check(new ProvisionalData(), Fixtures.snapshot()
                .realisation(realisation("I", null, "5", RealisationStatus.SUBMITTED), 1).build())).isEmpty();
    }

    @Test
    void spendingAbovePagu() {
        var over = Fixtures.snapshot().node(node(BudgetLevel.SUB_KEGIATAN, "K.1", null, null, "100", "80"))
                .spent(spent("K.1", 1, "50", RealisationStatus.APPROVED))
                .spent(spent("K.1", 2, "40", RealisationStatus.SUBMITTED)).build();
        assertThat(check(new SpendingAbovePagu(), over)).singleElement().satisfies(f -> assertThat(f.numbers())
                .containsEntry("over", d("10")).containsEntry("paguVersion", "DPPA"));
        var within = Fixtures.snapshot().node(node(BudgetLevel.SUB_KEGIATAN, "K.1", null, null, "100", null))
                .spent(spent("K.1", 1, "100", RealisationStatus.APPROVED)).build();
        assertThat(check(new SpendingAbovePagu(), within)).isEmpty();
    }

    @Test
    void predicateChangedByLateCorrection() {
        var approved = realisation("I", null, "90", RealisationStatus.APPROVED);
        var corrected = realisation("I", null, "60", RealisationStatus.APPROVED);
        var crossing = Fixtures.snapshot().rules(Fixtures.rules(EfficiencyRule.RATIO))
                .indicator(indicator("I", "S1", "100", Aggregation.CUMULATIVE))
                .realisation(corrected, 5).approved(approved, 3).approved(corrected, 5).build();
        assertThat(check(new PredicateChangedByLateCorrection(), crossing)).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("I was corrected after approval and its predicate changed from "
                    + "Sangat Berhasil to Tidak Berhasil");
            assertThat(f.records()).containsExactly("realisation DINAS/I/2024/Y v3 -> v5");
        });
        // corrected within the same band: no finding
        var sameBand = Fixtures.snapshot().rules(Fixtures.rules(EfficiencyRule.RATIO))
                .indicator(indicator("I", "S1", "100", Aggregation.CUMULATIVE))
                .realisation(realisation("I", null, "95", RealisationStatus.APPROVED), 5).approved(approved, 3)
                .approved(realisation("I", null, "95", RealisationStatus.APPROVED), 5).build();
        assertThat(check(new PredicateChangedByLateCorrection(), sameBand)).isEmpty();
    }
}
