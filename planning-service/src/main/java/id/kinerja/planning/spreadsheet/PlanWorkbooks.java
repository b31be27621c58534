package id.kinerja.planning.spreadsheet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kinerja.commons.problem.Problem;
import id.kinerja.commons.problem.ProblemException;
import id.kinerja.planning.rest.input.PlanImportDocument;
import id.kinerja.planning.service.ImportSummary;
import id.kinerja.planning.service.OrganisationService;
import id.kinerja.planning.service.PlanImportService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The plan template of an agency-year, and a filled one read back into the plan import document that then
 * goes through exactly the JSON import's validation and service; every error names its sheet cell.
 */
@ApplicationScoped
public class PlanWorkbooks {

    @Inject
    PlanTemplateSource source;
    @Inject
    OrganisationService organisation;
    @Inject
    PlanImportService imports;
    @Inject
    Validator validator;
    @Inject
    ObjectMapper mapper;

    @Transactional
    public byte[] template(String tenant, String agency, int year) throws IOException {
        organisation.agency(tenant, agency);
        ObjectNode doc = source.document(tenant, agency, year);
        JsonNode renstra = doc.get("renstra");
        List<Integer> years = renstra == null ? List.of(year) : IntStream.rangeClosed(
                renstra.get("periodStart").asInt(), renstra.get("periodEnd").asInt()).boxed().toList();
        String upload = "POST /api/v1/tenants/" + tenant + "/agencies/" + agency + "/plan-import";
        return PlanTemplateWriter.write(doc, "Rencana kinerja " + agency + " tahun " + year, List.of(
                "Ubah atau tambah baris di lembar berikut, lalu unggah berkas ini: " + upload + " dengan Content-Type"
                        + " application/vnd.openxmlformats-officedocument.spreadsheetml.sheet (?dryRun=true untuk mencoba).",
                "Semua dicocokkan dengan kode: baris yang sama tidak mengubah apa pun; baris yang dihapus tidak dihapus"
                        + " dari rencana. Satu kesalahan membatalkan seluruh unggahan dan disebut dengan selnya (Indikator!E5).",
                "Versi Renstra kosong: Kode Renstra di atas harus sudah ada. Target per tahun di kolom 'Target <tahun>':"
                        + " angka, atau kategori untuk indikator kualitatif.",
                "PK Indikator / PK Anggaran: Versi 1 adalah PK yang ditandatangani, 2 perubahan pertama (lihat Perubahan PK)."
                        + " PK yang sudah ditandatangani hanya berubah lewat perubahan baru.",
                "Angka: sel angka (disarankan) atau teks Indonesia (1.234.567,89) maupun Inggris. Rumus dibaca hasilnya;"
                        + " simpan berkas di Excel/LibreOffice sebelum unggah. Pilihan (Arah, Jenis nilai, Mode ...) dari daftar.",
                "Aturan daerah (rules) tidak ada di templat: itu urusan admin (PUT .../rules)."),
                PlanSheets.all(years));
    }

    /** The filled workbook as the plan import document; 400 naming every unreadable or invalid cell. */
    public Read read(byte[] body) {
        PlanWorkbookReader.Result r = PlanWorkbookReader.read(body);
        ObjectNode doc = r.document();
        JsonNode renstra = doc.get("renstra");
        if (renstra != null && !renstra.has("versions")) {
            // no Renstra versions: the sheet names an existing Renstra by its code
            doc.set("renstraCode", renstra.get("code"));
            doc.remove("renstra");
        }
        List<Problem.FieldError> errors = new ArrayList<>(r.errors());
        Set<String> unreadable = new HashSet<>(errors.stream().map(Problem.FieldError::field).toList());
        PlanImportDocument document;
        try {
            document = mapper.treeToValue(doc, PlanImportDocument.class);
        } catch (JsonProcessingException e) {
            throw ProblemException.badRequest("body", "the workbook does not make a plan document: "
                    + e.getOriginalMessage());
        }
        for (ConstraintViolation<PlanImportDocument> v : validator.validate(document)) {
            Problem.FieldError e = r.cells().locate(new Problem.FieldError(field(v.getPropertyPath()), v.getMessage(),
                    v.getInvalidValue() instanceof String || v.getInvalidValue() instanceof Number ? v.getInvalidValue() : null));
            if (!unreadable.contains(e.field())) {
                errors.add(e);
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(Problem.FieldError::field));
            throw ProblemException.badRequest(errors.size() + " cell(s) of the workbook rejected; nothing was written",
                    errors);
        }
        return new Read(document, r.cells());
    }

    /** A workbook read: its document and where each field came from. */
    public record Read(PlanImportDocument document, CellMap cells) {
    }

    /** The JSON import of the read document; its errors and warnings renamed to their cells. */
    public ImportSummary importPlan(String tenant, String agency, Read read, boolean dryRun) throws Exception {
        ImportSummary s;
        try {
            s = imports.importPlan(tenant, agency, read.document(), dryRun);
        } catch (ProblemException e) {
            if (e.errors().isEmpty()) {
                throw e;
            }
            throw new ProblemException(e.status(), e.title(), e.getMessage(),
                    e.errors().stream().map(read.cells()::locate).toList());
        }
        return new ImportSummary(s.status(), s.dryRun(), s.importCount(), s.byType(),
                s.warnings().stream().map(read.cells()::locate).toList(), s.planVersion());
    }

    /** {@code indicators[3].unit}, as the JSON import names a field. */
    private static String field(Path path) {
        StringBuilder name = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getIndex() != null) {
                name.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && node.getKind() != jakarta.validation.ElementKind.CONTAINER_ELEMENT) {
                if (!name.isEmpty()) {
                    name.append('.');
                }
                name.append(node.getName());
            }
        }
        return name.isEmpty() ? "body" : name.toString();
    }
}
