package id.kinerja.realisation.spreadsheet;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.commons.problem.Problem;
import id.kinerja.commons.problem.ProblemException;
import id.kinerja.events.EventCodec;
import id.kinerja.events.plan.ValueType;
import id.kinerja.realisation.service.PlanSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Realisation templates of an agency-year, generated from the plan replica (what the upload is validated
 * against): one row per indicator and quarter with its unit, value type and quarterly target (rencana aksi),
 * or one row per sub-kegiatan with its pagu in force. Filled in and POSTed to the bulk endpoints.
 */
@ApplicationScoped
public class TemplateService {

    @Inject
    EntityManager em;

    @Transactional
    @SuppressWarnings("unchecked")
    public byte[] indicators(String tenant, String agency, int year) throws IOException {
        String renstra = renstra(tenant, agency, year);
        Map<String, JsonNode> targets = new HashMap<>();
        for (Object[] t : (List<Object[]>) em.createNativeQuery("""
                        SELECT indicator_code, CAST(quarters AS text) FROM replica_quarterly_target
                        WHERE tenant = :t AND agency_code = :a AND year = :y ORDER BY pk_code DESC""")
                .setParameter("t", tenant).setParameter("a", agency).setParameter("y", year).getResultList()) {
            targets.put((String) t[0], EventCodec.readTree((String) t[1]));
        }
        TemplateSheet sheet = new TemplateSheet(TemplateLayout.INDICATOR, "Realisasi indikator " + agency + " "
                + year, List.of(
                "Isi kolom Realisasi (atau Pembilang dan Penyebut), atau Kategori untuk indikator kualitatif.",
                "Baris yang kolom isiannya kosong dilewati. Kolom abu-abu hanya informasi dan tidak dibaca.",
                "Angka boleh diketik sebagai angka sel (disarankan) atau teks Indonesia (1.234,56) maupun Inggris.",
                "Rumus boleh dipakai: hasilnya yang tersimpan dibaca. Simpan berkas di Excel/LibreOffice sebelum unggah.",
                "Unggah: POST .../indicator-realisations/bulk dengan Content-Type "
                        + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet (dryRun=true untuk mencoba)."));
        for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                        SELECT code, unit, value_type, CAST(categories AS text), name,
                               (SELECT COALESCE(t->>'value', t->>'category') FROM jsonb_array_elements(targets) t
                                WHERE (t->>'year')::int = :y LIMIT 1)
                        FROM replica_indicator
                        WHERE tenant = :t AND agency_code = :a AND renstra_code = :r ORDER BY code""")
                .setParameter("t", tenant).setParameter("a", agency).setParameter("r", renstra).setParameter("y", year).getResultList()) {
            ValueType type = ValueType.valueOf((String) r[2]);
            List<String> categories = EventCodec.mapper().convertValue(EventCodec.readTree((String) r[3]),
                    EventCodec.mapper().getTypeFactory().constructCollectionType(List.class, String.class));
            int first = sheet.lastRow() + 1;
            for (int q = 1; q <= 4; q++) {
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("agencyCode", agency);
                v.put("indicatorCode", r[0]);
                v.put("name", r[4]);
                v.put("yearTarget", r[5] == null ? null : r[5].toString().matches("-?\\d+(\\.\\d+)?")
                        ? new BigDecimal(r[5].toString()) : r[5]);
                v.put("unit", r[1]);
                v.put("valueType", type.name());
                v.put("target", target(targets.get((String) r[0]), q));
                v.put("year", year);
                v.put("quarter", q);
                sheet.row(v);
            }
            if (type == ValueType.CATEGORY) {
                sheet.list("category", first, first + 3, categories);
            }
        }
        sheet.list("quarter", 2, Math.max(2, sheet.lastRow()), List.of("1", "2", "3", "4"));
        sheet.list("provisional", 2, Math.max(2, sheet.lastRow()), List.of("Ya", "Tidak"));
        return sheet.bytes();
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public byte[] budget(String tenant, String agency, int year, Integer quarter) throws IOException {
        requireAgency(tenant, agency);
        TemplateSheet sheet = new TemplateSheet(TemplateLayout.BUDGET, "Realisasi anggaran " + agency + " " + year,
                List.of("Satu baris per sub kegiatan: isi Triwulan, Realisasi (Rp, belanja triwulan itu) dan % fisik"
                                + " (kumulatif). Untuk triwulan lain, salin baris atau unduh lagi dengan ?quarter=.",
                        "Belanja kumulatif di atas pagu berlaku ditolak kecuali Alasan melebihi pagu diisi.",
                        "Kolom abu-abu hanya informasi. Unggah: POST .../budget-realisations/bulk dengan Content-Type"
                                + " application/vnd.openxmlformats-officedocument.spreadsheetml.sheet."));
        PlanSnapshot plan = PlanSnapshot.load(em, tenant);
        for (Object code : em.createNativeQuery("""
                        SELECT code FROM replica_budget_node
                        WHERE tenant = :t AND agency_code = :a AND fiscal_year = :y AND level = 'SUB_KEGIATAN' ORDER BY code""")
                .setParameter("t", tenant).setParameter("a", agency).setParameter("y", year).getResultList()) {
            PlanSnapshot.SubKegiatanRef node = plan.subKegiatan(agency, year, (String) code).orElseThrow();
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("agencyCode", agency);
            v.put("subKegiatanCode", node.code());
            v.put("name", node.name());
            v.put("paguInForce", node.paguInForce());
            v.put("year", year);
            v.put("quarter", quarter);
            sheet.row(v);
        }
        sheet.list("quarter", 2, Math.max(2, sheet.lastRow()), List.of("1", "2", "3", "4"));
        return sheet.bytes();
    }

    private String renstra(String tenant, String agency, int year) {
        requireAgency(tenant, agency);
        return PlanSnapshot.load(em, tenant).renstraFor(agency, year).orElseThrow(() -> new ProblemException(404,
                "Not Found", "no Renstra of " + agency + " covers " + year,
                List.of(new Problem.FieldError("year", "outside the plan", year))));
    }

    private void requireAgency(String tenant, String agency) {
        if (!PlanSnapshot.load(em, tenant).knowsAgency(agency)) {
            throw ProblemException.notFound("agency", agency);
        }
    }

    private static BigDecimal target(JsonNode quarters, int q) {
        JsonNode v = quarters == null ? null : quarters.get("q" + q);
        return v == null || v.isNull() ? null : v.decimalValue();
    }
}
