package id.kinerja.reporting.opendata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kinerja.commons.problem.ProblemException;
import id.kinerja.events.EventCodec;
import id.kinerja.events.plan.Pagu;
import id.kinerja.reporting.snapshot.Tables;
import id.kinerja.reporting.store.StoredFigures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static id.kinerja.reporting.opendata.DataResource.f;

/**
 * The open SAKIP data package of a pemda-year: a Frictionless Tabular Data Package ({@code datapackage.json}
 * plus CSV files) of the published data: the plan as reporting-service holds it, the approved realisations
 * and spending, and the stored figures (with their rule and figures versions) and findings. Read only from
 * the read models and the stored figures; nothing is computed here.
 */
@ApplicationScoped
public class DataPackageBuilder {

    @Inject
    EntityManager em;
    @Inject
    StoredFigures figures;
    @Inject
    PublishedYears published;

    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] zip(String tenant, int year) throws IOException {
        if (!published.closed(tenant, year)) {
            throw ProblemException.notFound("data package of " + tenant + " for", String.valueOf(year));
        }
        List<DataResource> resources = new PlanTables(this, tenant, year).all();
        resources.addAll(figureTables(tenant, year, resources.get(0)));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("datapackage.json"));
            zip.write(EventCodec.mapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsBytes(descriptor(tenant, year, resources)));
            zip.closeEntry();
            for (DataResource r : resources) {
                zip.putNextEntry(new ZipEntry(r.path()));
                Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
                r.csv(w);
                w.flush();
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private ObjectNode descriptor(String tenant, int year, List<DataResource> resources) {
        ObjectNode d = EventCodec.mapper().createObjectNode().put("profile", "tabular-data-package")
                .put("name", "sakip-" + tenant + "-" + year)
                .put("title", "Data SAKIP " + tenant + " " + year + " (data disetujui, tahun ditutup)")
                .put("description", "Rencana, realisasi dan angka kinerja yang dihitung Kinerja dari data rinci; "
                        + "capaian dan predikat dengan versi aturan dan versi angka.")
                .put("created", Instant.now().toString());
        d.putArray("licenses").addObject().put("name", "CC-BY-4.0").put("title", "Creative Commons Attribution 4.0")
                .put("path", "https://creativecommons.org/licenses/by/4.0/");
        d.putArray("keywords").add("SAKIP").add("LKjIP").add("kinerja").add(tenant);
        var list = d.putArray("resources");
        resources.forEach(r -> list.add(r.descriptor()));
        return d;
    }

    /** Payloads of an aggregate type in the read model, optionally of one year, in id order. */
    @SuppressWarnings("unchecked")
    List<JsonNode> states(String tenant, String type, Integer year) {
        var q = em.createNativeQuery("SELECT CAST(payload AS text) FROM state_view WHERE tenant = :t AND "
                        + "aggregate_type = :type" + (year == null ? "" : " AND year = :y") + " ORDER BY aggregate_id")
                .setParameter("t", tenant).setParameter("type", type);
        if (year != null) {
            q.setParameter("y", year);
        }
        List<JsonNode> out = new ArrayList<>();
        for (Object row : q.getResultList()) {
            out.add(EventCodec.readTree((String) row));
        }
        return out;
    }

    /** The stored official figures of every agency with a Renstra covering the year. */
    private List<DataResource> figureTables(String tenant, int year, DataResource organisation) {
        DataResource indicators = DataResource.of("indicator_figures", "Capaian indikator (angka tersimpan)",
                List.of("agency_code", "indicator_code"), f("agency_code", "string", null),
                f("sasaran_code", "string", null), f("indicator_code", "string", null),
                f("target", "number", "target tahun (PK bila ada)"), f("target_source", "string", null),
                f("realisation", "number", "realisasi tahunan yang disetujui"), f("realisation_category", "string", null),
                f("capaian", "number", "persen"), f("predicate", "string", null), f("not_computable", "string", null),
                f("rules_version", "integer", "versi aturan daerah yang dipakai"), f("predicate_scale", "string", null),
                f("figures_version", "integer", "versi angka agency-tahun"));
        DataResource agencies = DataResource.of("agency_figures", "Angka OPD (angka tersimpan)",
                List.of("agency_code"), f("agency_code", "string", null),
                f("organisation_average", "number", "rata-rata capaian IKU, persen"),
                f("pagu", "number", "rupiah, pagu berlaku"), f("pagu_version", "string", null),
                f("spent", "number", "rupiah"), f("absorption", "number", "persen"),
                f("rules_version", "integer", null), f("efficiency_rule", "string", null),
                f("figures_version", "integer", null));
        DataResource findings = DataResource.of("findings", "Temuan pemeriksa konsistensi",
                List.of("agency_code", "seq"), f("agency_code", "string", null), f("seq", "integer", null),
                f("type", "string", null), f("severity", "string", null), f("message", "string", null),
                f("records", "string", "rekaman yang terlibat, dipisah ;"));
        java.util.Set<String> agencyCodes = new java.util.TreeSet<>();
        organisation.rows().forEach(org -> agencyCodes.add((String) org.get(0)));
        for (Object a : em.createNativeQuery("SELECT DISTINCT agency FROM " + Tables.LIVE.figureVersion()
                        + " WHERE tenant = :t AND year = :y AND has_figures AND superseded_at IS NULL")
                .setParameter("t", tenant).setParameter("y", year).getResultList()) {
            agencyCodes.add((String) a);
        }
        for (String agency : agencyCodes) {
            long version;
            try {
                version = figures.figuresVersion(tenant, agency, year, null);
            } catch (ProblemException none) {
                continue; // no Renstra covers the year: no figures
            }
            JsonNode d = EventCodec.readTree(figures.dashboard(tenant, agency, year, 4, true, false, null));
            JsonNode rules = d.path("rules");
            Long rulesVersion = rules.hasNonNull("version") ? rules.get("version").asLong() : null;
            for (JsonNode s : d.path("sasaran")) {
                for (JsonNode i : s.path("indicators")) {
                    indicators.row(agency, s.path("code").asText(null), i.path("code").asText(null), num(i, "target"),
                            i.path("targetSource").asText(null), num(i, "realisation"),
                            i.path("realisationCategory").asText(null), num(i, "capaian"),
                            i.path("predicate").asText(null), i.path("notComputable").asText(null), rulesVersion,
                            rules.path("predicateScale").asText(null), version);
                }
            }
            JsonNode b = d.path("budget");
            agencies.row(agency, num(d.path("organisationAverage"), "value"), num(b, "pagu"),
                    b.path("paguVersion").asText(null), num(b, "spent"), num(b, "absorption"), rulesVersion,
                    rules.path("efficiencyRule").asText(null), version);
            int seq = 0;
            for (JsonNode f : EventCodec.readTree(figures.findings(tenant, agency, year, null))) {
                List<String> records = new ArrayList<>();
                f.path("records").forEach(r -> records.add(r.asText()));
                findings.row(agency, ++seq, f.path("type").asText(null), f.path("severity").asText(null),
                        f.path("message").asText(null), String.join("; ", records));
            }
        }
        return new ArrayList<>(List.of(indicators, agencies, findings));
    }

    static java.math.BigDecimal num(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || !v.isNumber() ? null : v.decimalValue();
    }

    static java.math.BigDecimal paguInForce(JsonNode node) {
        List<Pagu> pagu = EventCodec.mapper().convertValue(node.path("pagu"),
                EventCodec.mapper().getTypeFactory().constructCollectionType(List.class, Pagu.class));
        return id.kinerja.figures.budget.PaguInForce.of(pagu).map(Pagu::amount).orElse(null);
    }
}
