package id.kinerja.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A realistic but synthetic agency plan (Renstra 2021-2026, one tujuan, five sasaran, N indicators with
 * yearly targets, one program with kegiatan and M sub-kegiatan with DPA pagu), sent through the same
 * plan-import API as the demo data.
 */
final class SyntheticPlan {

    static final int FIRST_YEAR = 2021;
    static final int YEARS = 5;

    private SyntheticPlan() {
    }

    static String indicatorCode(int i) {
        return String.format("IKU-%04d", i + 1);
    }

    /** Sub-kegiatan codes: program 2.07.01, ten sub-kegiatan per kegiatan (Permendagri 90 formats). */
    static String subKegiatanCode(int i) {
        return String.format("2.07.01.2.%02d.%04d", i / 10 + 1, i % 10 + 1);
    }

    static String document(int year, int indicators, int subKegiatan) {
        ObjectNode doc = Http.JSON.createObjectNode().put("year", year);
        ObjectNode renstra = doc.putObject("renstra").put("code", "2021-2026").put("title", "Renstra (bench)")
                .put("periodStart", 2021).put("periodEnd", 2026);
        renstra.putArray("versions").addObject().put("versionNo", 1).put("kind", "ORIGINAL");
        ArrayNode objectives = doc.putArray("objectives");
        objectives.addObject().put("kind", "TUJUAN").put("code", "T1").put("name", "Tujuan");
        for (int s = 1; s <= 5; s++) {
            objectives.addObject().put("kind", "SASARAN").put("code", "S" + s).put("parentCode", "T1")
                    .put("name", "Sasaran " + s);
        }
        ArrayNode list = doc.putArray("indicators");
        for (int i = 0; i < indicators; i++) {
            ObjectNode indicator = list.addObject().put("code", indicatorCode(i)).put("level", "SASARAN")
                    .put("parentCode", "S" + (i % 5 + 1)).put("name", "Indikator " + (i + 1)).put("unit", "%")
                    .put("formula", "realisasi / target x 100").put("direction", "HIGHER_IS_BETTER")
                    .put("aggregation", "LAST_VALUE").put("valueType", "PERCENTAGE").put("iku", i < 5);
            ArrayNode targets = indicator.putArray("targets");
            for (int y = FIRST_YEAR; y < FIRST_YEAR + YEARS; y++) {
                targets.addObject().put("year", y).put("value", 60 + (i % 30));
            }
            indicator.putObject("endTarget").put("year", 2026).put("value", 90);
        }
        ArrayNode budget = doc.putArray("budget");
        if (subKegiatan > 0) {
            budget.addObject().put("level", "PROGRAM").put("code", "2.07.01").put("name", "Program (bench)")
                    .put("sasaranCode", "S1");
            for (int k = 0; k < (subKegiatan + 9) / 10; k++) {
                budget.addObject().put("level", "KEGIATAN").put("code", String.format("2.07.01.2.%02d", k + 1))
                        .put("name", "Kegiatan " + (k + 1)).put("sasaranCode", "S1");
            }
            for (int i = 0; i < subKegiatan; i++) {
                ObjectNode node = budget.addObject().put("level", "SUB_KEGIATAN").put("code", subKegiatanCode(i))
                        .put("name", "Sub-kegiatan " + (i + 1)).put("sasaranCode", "S1");
                node.putArray("pagu").addObject().put("version", "DPA").put("amount", 100_000_000L + i * 1_000_000L);
            }
        }
        doc.putObject("rules").put("effectiveFromYear", 2021).put("predicateScalePreset", "PERMENDAGRI_54_2010")
                .put("efficiencyRule", "INDEX_ONE_MINUS_RATIO").put("roundingMode", "HALF_UP")
                .put("roundingPrecision", 2).put("categoryPolicy", "REACHED_IS_100");
        return doc.toString();
    }
}
