package id.kinerja.reporting.findings.narrative;

import id.kinerja.events.plan.Aggregation;
import id.kinerja.events.plan.BudgetLevel;
import id.kinerja.events.plan.EfficiencyRule;
import id.kinerja.events.plan.TargetValue;
import id.kinerja.events.planning.IndicatorPayload;
import id.kinerja.events.realisation.IndicatorRealisationPayload;
import id.kinerja.events.realisation.RealisationStatus;
import id.kinerja.reporting.figures.Fixtures;
import id.kinerja.reporting.findings.Finding;
import id.kinerja.reporting.findings.FindingCode;
import id.kinerja.reporting.findings.FindingRules;
import id.kinerja.reporting.snapshot.AgencyYearSnapshot;
import org.junit.jupiter.api.Test;

import java.util.List;

import static id.kinerja.reporting.figures.Fixtures.A;
import static id.kinerja.reporting.figures.Fixtures.d;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The narrative rules on the seed reports' sentences, over the figures of Dumai's IKU-1 (target 2024 10, realisation
 * 4,59, capaian 45,9 "Tidak Berhasil"; 2023: Renstra target 15, realisation 4,36, capaian 29,07) and a
 * sub-kegiatan "Pengadaan Mebel" with 29.390.000 spent. Agreeing and unmatched claims give nothing.
 */
class NarrativeRulesTest {

    static AgencyYearSnapshot snapshot(String pendorong, String penghambat) {
        IndicatorPayload i = Fixtures.indicator("IKU-1", "S1", "10", Aggregation.LAST_VALUE);
        IndicatorPayload withPast = new IndicatorPayload(i.agencyCode(), i.renstraCode(), i.code(), i.level(),
                i.parentCode(), "Persentase Pencari Kerja Terdaftar yang mendapatkan pelatihan", "%", null, null, null,
                null, null, i.direction(), null, null, i.aggregation(), i.valueType(), List.of(), true, null,
                i.endTarget(), List.of(new TargetValue(2023, d("15"), null), new TargetValue(2024, d("10"), null)),
                List.of());
        IndicatorRealisationPayload year = new IndicatorRealisationPayload(A, "IKU-1", 2024, null, d("4.59"), null,
                null, null, false, null, null, pendorong, penghambat, null, RealisationStatus.APPROVED, null, "test");
        IndicatorRealisationPayload before = new IndicatorRealisationPayload(A, "IKU-1", 2023, null, d("4.36"), null,
                null, null, false, null, null, null, null, null, RealisationStatus.APPROVED, null, "test");
        return Fixtures.snapshot().rules(Fixtures.rules(EfficiencyRule.RATIO)).indicator(withPast)
                .realisation(year, 3).earlier(2023, before)
                .node(Fixtures.node(BudgetLevel.PROGRAM, "P", null, "S1", null, null))
                .node(named(Fixtures.node(BudgetLevel.SUB_KEGIATAN, "P.1", "P", null, "66057200", null), "Pengadaan Mebel"))
                .node(named(Fixtures.node(BudgetLevel.SUB_KEGIATAN, "P.2", "P", null, "1000000", null), "Pengadaan Komputer"))
                .spent(Fixtures.spent("P.1", 4, "29390000", RealisationStatus.APPROVED)).build();
    }

    private static id.kinerja.events.planning.BudgetNodePayload named(id.kinerja.events.planning.BudgetNodePayload n,
                                                                       String name) {
        return new id.kinerja.events.planning.BudgetNodePayload(n.agencyCode(), n.fiscalYear(), n.level(), n.code(),
                n.parentCode(), name, n.sasaranCode(), n.indicatorCodes(), n.pagu(), n.reportedPagu());
    }

    static List<Finding> findings(String pendorong) {
        return FindingRules.check(snapshot(pendorong, null)).stream()
                .filter(f -> f.type().startsWith("NARRATIVE_")).toList();
    }

    static List<String> types(String pendorong) {
        return findings(pendorong).stream().map(Finding::type).toList();
    }

    @Test
    void dumaiQuotesThe2023TargetAsThe2023Realisation() {
        // DM-E19, section 3.1: 15 % is the 2023 target; the capaian 29,6 % is not what 4,36 / 15 gives either
        List<Finding> found = findings("Bila dibandingkan dengan realisasi tahun 2023 sebesar 15% atau tercapai sebesar "
                + "29,6%, maka capaian tahun 2024 meningkat sebesar 16,3%.");
        assertThat(found).extracting(Finding::type).containsExactly("NARRATIVE_FIGURE_DIFFERS",
                "NARRATIVE_QUOTES_TARGET_AS_REALISATION");
        Finding target = found.get(1);
        assertThat(target.numbers()).containsEntry("claimed", d("15")).containsEntry("computed", d("4.36"))
                .containsEntry("target", "target 2023").containsEntry("year", 2023);
        assertThat(target.message()).startsWith("the pendorong narrative of IKU-1 gives 15 (target 2023) as the "
                + "realisation of 2023, the realisation is 4.36: \"Bila dibandingkan");
        assertThat(target.records()).containsExactly("realisation uji-realisation v3".replace("uji-realisation",
                "DINAS/IKU-1/2024/Y"));
        assertThat(found.get(0).numbers()).containsEntry("role", "capaian").containsEntry("claimed", d("29.6"))
                .containsEntry("computed", d("29.07"));
    }

    @Test
    void dumaiQuotesThe2024TargetAndGetsTheTrendWrong() {
        // DM-E19, section 3.5: "sebesar 10%" (the 2024 target) and "menurun" while capaian rose 29,07 -> 45,9
        List<Finding> found = findings("Capaian kinerja untuk indikator Persentase Pencari Kerja Terdaftar yang "
                + "mendapatkan pelatihan menunjukkan capaian yang menurun. Target yang ditetapkan tahun 2024 adalah 10% "
                + "realisasi sebesar 4,59% tercapai 45,9% atau bernilai kinerja sangat rendah. Bila dibandingkan dengan "
                + "realisasi tahun 2023 sebesar 10% atau tercapai sebesar 29,07%, maka capaian tahun 2024 menurun sama "
                + "dengan capaian tahun 2023.");
        assertThat(found).extracting(Finding::type).containsExactly("NARRATIVE_QUOTES_TARGET_AS_REALISATION",
                "NARRATIVE_CATEGORY_NOT_IN_SCALE", "NARRATIVE_TREND_DIFFERS", "NARRATIVE_TREND_DIFFERS");
        assertThat(found.get(0).numbers()).containsEntry("target", "target 2024");
        assertThat(found.get(1).numbers()).containsEntry("claimed", "sangat rendah").containsEntry("computed",
                "Tidak Berhasil").containsEntry("scale", "UJI");
        assertThat(found.get(2).numbers()).containsEntry("before", d("29.07")).containsEntry("computed", d("45.9"))
                .containsEntry("comparedYear", 2023);
    }

    @Test
    void aRealisationOfAnotherYearMisquoted() {
        // BB-E16 shape: the held realisation of the year is 4,36; a quote rounding to it is fine
        assertThat(findings("realisasi indikator tahun 2023 adalah sebesar 4,39%.")).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo("NARRATIVE_FIGURE_DIFFERS");
            assertThat(f.numbers()).containsEntry("role", "realisation").containsEntry("computed", d("4.36"));
        });
        assertThat(findings("realisasi indikator tahun 2023 adalah sebesar 4,4 %.")).isEmpty();
        assertThat(findings("Realisasi tahun 2024 sebesar 4,59 persen dengan capaian antara 45-46 %.")).isEmpty();
    }

    @Test
    void categoryWordsAgainstTheTenantScale() {
        // BB-E33 shape: a word of another scale; a label of the tenant's scale that is not the computed one
        assertThat(types("Capaian IKU tahun 2024 seluruhnya masuk dalam kategori sangat baik."))
                .containsExactly("NARRATIVE_CATEGORY_NOT_IN_SCALE");
        assertThat(findings("Capaian indikator ini termasuk kategori Berhasil.")).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo("NARRATIVE_PREDICATE_DIFFERS");
            assertThat(f.message()).isEqualTo("the pendorong narrative of IKU-1 calls the result Berhasil, the "
                    + "tenant's scale gives Tidak Berhasil: \"Capaian indikator ini termasuk kategori Berhasil.\"");
        });
        assertThat(findings("Capaian indikator ini termasuk kategori Tidak Berhasil.")).isEmpty();
        // about another year: not compared with this year's predicate
        assertThat(findings("Pada tahun 2023 capaian termasuk kategori Berhasil.")).isEmpty();
    }

    @Test
    void reachedMissedExceeded() {
        assertThat(types("Dengan demikian target telah tercapai.")).containsExactly("NARRATIVE_ACHIEVEMENT_DIFFERS");
        assertThat(types("Realisasi melampaui target yang ditetapkan.")).containsExactly("NARRATIVE_ACHIEVEMENT_DIFFERS");
        assertThat(findings("Beberapa faktor yang menyebabkan belum tercapainya target kinerja untuk indikator ini.")).isEmpty();
    }

    @Test
    void saysNotSpentWhileSpendingIsRecorded() {
        // DM-E12: Lampiran 6 says Pengadaan Mebel did not spend; 29.390.000 is recorded
        assertThat(findings("Pengadaan Mebel: Kegiatan belanja tidak dilakukan dikarenakan adanya penundaan bayar"))
                .singleElement().satisfies(f -> {
                    assertThat(f.type()).isEqualTo(FindingCode.NARRATIVE_SAYS_NOT_SPENT.name());
                    assertThat(f.numbers()).containsEntry("computed", d("29390000")).containsEntry("budgetNode", "P.1");
                });
        assertThat(findings("Pengadaan Komputer: Kegiatan belanja tidak dilakukan karena gagal lelang")).isEmpty();
        assertThat(findings("Kegiatan belanja tidak dilakukan dikarenakan adanya penundaan bayar")).isEmpty();
    }

    @Test
    void amountsOfANamedBudgetNode() {
        // Lampiran 6 figures of Pengadaan Mebel: pagu 66.057.200, spent 29.390.000, 44,49 %
        assertThat(findings("Pagu Pengadaan Mebel sebesar Rp 66.057.200 dengan realisasi Rp 29.390.000,00 atau 44,49%.")).isEmpty();
        assertThat(findings("Anggaran Pengadaan Mebel sekitar Rp66 juta.")).isEmpty();
        assertThat(findings("Realisasi anggaran Pengadaan Mebel sebesar Rp 36.000.000 atau 54,5%.")).satisfiesExactly(
                f -> assertThat(f.numbers()).containsEntry("role", "spending").containsEntry("computed", d("29390000")),
                f -> assertThat(f.numbers()).containsEntry("role", "absorption").containsEntry("claimed", d("54.5"))
                        .containsEntry("computed", d("44.49")));
        assertThat(findings("Anggaran Pengadaan Mebel tahun 2025 sebesar Rp 70.000.000.")).isEmpty();
    }

    @Test
    void unmatchedClaimsAndOtherPartsOfTheNarrative() {
        assertThat(findings("Jumlah pencari kerja terdaftar sebanyak 1.832 orang, 25 orang dilatih dengan APBD.")).isEmpty();
        List<Finding> penghambat = FindingRules.check(snapshot(null, "Capaian tahun 2024 termasuk kategori Berhasil."))
                .stream().filter(f -> f.type().startsWith("NARRATIVE_")).toList();
        assertThat(penghambat).singleElement().satisfies(f -> assertThat(f.numbers()).containsEntry("field", "penghambat"));
    }
}
