package id.kinerja.reporting.opendata;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static id.kinerja.reporting.opendata.DataPackageBuilder.num;
import static id.kinerja.reporting.opendata.DataResource.f;

/**
 * The plan and the approved input of a pemda-year as reporting-service's read model holds them (the events'
 * full states): organisation, Renstra, indicators and targets, PK, budget tree, realisations and spending.
 */
final class PlanTables {

    private final DataPackageBuilder source;
    private final String tenant;
    private final int year;

    PlanTables(DataPackageBuilder source, String tenant, int year) {
        this.source = source;
        this.tenant = tenant;
        this.year = year;
    }

    List<DataResource> all() {
        List<DataResource> all = new ArrayList<>();
        all.add(organisation());
        all.add(renstra());
        all.addAll(indicators());
        all.add(pk());
        all.add(budget());
        all.add(realisations());
        all.add(spending());
        return all;
    }

    private DataResource organisation() {
        DataResource r = DataResource.of("organisation", "Perangkat daerah (OPD)", List.of("agency_code"),
                f("agency_code", "string", null), f("name", "string", null), f("short_name", "string", null),
                f("active", "boolean", null));
        for (JsonNode a : source.states(tenant, "agency", null)) {
            r.row(a.path("code").asText(), a.path("name").asText(null), a.path("shortName").asText(null),
                    a.path("active").asBoolean());
        }
        return r;
    }

    private DataResource renstra() {
        DataResource r = DataResource.of("renstra", "Renstra dan sasarannya", List.of("agency_code", "renstra_code",
                        "objective_code"), f("agency_code", "string", null), f("renstra_code", "string", null),
                f("period_start", "integer", null), f("period_end", "integer", null),
                f("objective_kind", "string", "TUJUAN atau SASARAN"), f("objective_code", "string", null),
                f("parent_code", "string", null), f("objective_name", "string", null));
        for (JsonNode p : source.states(tenant, "renstra", null)) {
            if (p.path("periodStart").asInt() > year || p.path("periodEnd").asInt() < year) {
                continue;
            }
            for (JsonNode o : p.path("objectives")) {
                r.row(p.path("agencyCode").asText(), p.path("code").asText(), p.path("periodStart").asInt(),
                        p.path("periodEnd").asInt(), o.path("kind").asText(null), o.path("code").asText(null),
                        o.path("parentCode").asText(null), o.path("name").asText(null));
            }
        }
        return r;
    }

    private List<DataResource> indicators() {
        DataResource ind = DataResource.of("indicators", "Indikator kinerja", List.of("agency_code", "renstra_code",
                        "indicator_code"), f("agency_code", "string", null), f("renstra_code", "string", null),
                f("indicator_code", "string", null), f("level", "string", null), f("parent_code", "string", null),
                f("name", "string", null), f("unit", "string", null), f("direction", "string", null),
                f("aggregation", "string", null), f("value_type", "string", null), f("iku", "boolean", null));
        DataResource targets = DataResource.of("targets", "Target Renstra per tahun", List.of("agency_code",
                        "renstra_code", "indicator_code", "year"), f("agency_code", "string", null),
                f("renstra_code", "string", null), f("indicator_code", "string", null), f("year", "integer", null),
                f("target", "number", null), f("target_category", "string", null));
        for (JsonNode i : source.states(tenant, "indicator", null)) {
            String agency = i.path("agencyCode").asText();
            String renstra = i.path("renstraCode").asText();
            String code = i.path("code").asText();
            ind.row(agency, renstra, code, i.path("level").asText(null), i.path("parentCode").asText(null),
                    i.path("name").asText(null), i.path("unit").asText(null), i.path("direction").asText(null),
                    i.path("aggregation").asText(null), i.path("valueType").asText(null), i.path("iku").asBoolean());
            for (JsonNode t : i.path("targets")) {
                targets.row(agency, renstra, code, t.path("year").asInt(), num(t, "value"),
                        t.path("category").asText(null));
            }
        }
        return List.of(ind, targets);
    }

    private DataResource pk() {
        DataResource r = DataResource.of("pk", "Perjanjian Kinerja: target per versi (perubahan)", List.of(
                        "agency_code", "pk_code", "version_no", "indicator_code"), f("agency_code", "string", null),
                f("pk_code", "string", null), f("version_no", "integer", null), f("kind", "string", null),
                f("dated", "date", null), f("indicator_code", "string", null), f("target", "number", null),
                f("target_category", "string", null));
        for (JsonNode p : source.states(tenant, "pk", year)) {
            for (JsonNode v : p.path("versions")) {
                for (JsonNode i : v.path("content").path("indicators")) {
                    r.row(p.path("agencyCode").asText(), p.path("code").asText(), v.path("versionNo").asInt(),
                            v.path("kind").asText(null), v.path("dated").asText(null),
                            i.path("indicatorCode").asText(null), num(i, "target"), i.path("targetCategory").asText(null));
                }
            }
        }
        return r;
    }

    private DataResource budget() {
        DataResource r = DataResource.of("budget", "Pohon anggaran dan pagu berlaku", List.of("agency_code", "code"),
                f("agency_code", "string", null), f("code", "string", null), f("level", "string", null),
                f("parent_code", "string", null), f("name", "string", null), f("sasaran_code", "string", null),
                f("pagu_in_force", "number", "rupiah: DPPA bila ada, selain itu DPA"));
        for (JsonNode b : source.states(tenant, "budget-node", year)) {
            r.row(b.path("agencyCode").asText(), b.path("code").asText(), b.path("level").asText(null),
                    b.path("parentCode").asText(null), b.path("name").asText(null), b.path("sasaranCode").asText(null),
                    DataPackageBuilder.paguInForce(b));
        }
        return r;
    }

    private DataResource realisations() {
        DataResource r = DataResource.of("realisations", "Realisasi indikator yang disetujui", List.of("agency_code",
                        "indicator_code", "quarter"), f("agency_code", "string", null),
                f("indicator_code", "string", null), f("year", "integer", null),
                f("quarter", "integer", "kosong: realisasi tahunan"), f("value", "number", null),
                f("numerator", "number", null), f("denominator", "number", null), f("category", "string", null),
                f("provisional", "boolean", "data sementara"), f("data_source", "string", null));
        for (JsonNode x : source.states(tenant, "realisation", year)) {
            if (!"APPROVED".equals(x.path("status").asText())) {
                continue;
            }
            r.row(x.path("agencyCode").asText(), x.path("indicatorCode").asText(), x.path("year").asInt(),
                    x.hasNonNull("quarter") ? x.get("quarter").asInt() : null, num(x, "value"), num(x, "numerator"),
                    num(x, "denominator"), x.path("category").asText(null), x.path("provisional").asBoolean(),
                    x.path("dataSource").asText(null));
        }
        return r;
    }

    private DataResource spending() {
        DataResource r = DataResource.of("spending", "Realisasi anggaran per sub kegiatan yang disetujui", List.of(
                        "agency_code", "sub_kegiatan_code", "quarter"), f("agency_code", "string", null),
                f("sub_kegiatan_code", "string", null), f("year", "integer", null), f("quarter", "integer", null),
                f("amount", "number", "rupiah dibelanjakan pada triwulan itu"),
                f("physical_progress", "number", "% fisik kumulatif"));
        for (JsonNode x : source.states(tenant, "budget-realisation", year)) {
            if (!"APPROVED".equals(x.path("status").asText())) {
                continue;
            }
            r.row(x.path("agencyCode").asText(), x.path("subKegiatanCode").asText(), x.path("year").asInt(),
                    x.path("quarter").asInt(), num(x, "amount"), num(x, "physicalProgress"));
        }
        return r;
    }
}
