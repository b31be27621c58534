package id.kinerja.localrun;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.testsupport.DocumentText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The demo agencies' LKjIP documents, downloaded from the running system and read back: the layout and numbering
 * errors of the hand-made seed reports cannot occur in them. Each test backs PREVENTED rows of
 * {@code acceptance/inconsistencies.tsv} (SeedReportAcceptanceIT accepts PREVENTED only when the named test
 * exists). The files are kept in {@code target/documents} to look at.
 */
class DocumentsIT {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static final ObjectMapper JSON = new ObjectMapper();
    static final String TOKEN = id.kinerja.testsupport.DevTokens.mint(
            id.kinerja.testsupport.DevTokens.Claims.platformAdmin("documents-it"));

    /** One demo agency-year: the PDF, the DOCX and the LKjIP summary of the same figures version. */
    record Report(String path, int year, byte[] pdf, byte[] docx, List<String> pages, JsonNode summary, String agencyName) {
    }

    static final Map<String, Report> REPORTS = new LinkedHashMap<>();

    @BeforeAll
    static void download() throws Exception {
        SharedSystem system = SharedSystem.get();
        Files.createDirectories(Path.of("target/documents"));
        for (String agencyYear : LocalRun.DEMO_DOCUMENTS) {
            String base = system.reporting + "/api/v1/tenants/" + agencyYear;
            int year = Integer.parseInt(agencyYear.substring(agencyYear.lastIndexOf('/') + 1));
            String agency = base.substring(0, base.indexOf("/lkjip/"));
            // the demo data is still arriving for a moment: take the files once two downloads agree on the version
            Report report = await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(2))
                    .until(() -> consistent(base, year, agency), r -> r != null);
            String name = agencyYear.replace("/agencies/", "-").replace("/lkjip/", "-");
            Files.write(Path.of("target/documents", "LKjIP-" + name + ".pdf"), report.pdf());
            Files.write(Path.of("target/documents", "LKjIP-" + name + ".docx"), report.docx());
            REPORTS.put(agencyYear, report);
        }
    }

    static Report consistent(String base, int year, String agency) throws Exception {
        HttpResponse<byte[]> pdf = get(base + "/document?format=pdf");
        if (pdf.statusCode() != 200) {
            return null;
        }
        String etag = pdf.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> docx = get(base + "/document?format=docx");
        JsonNode summary = JSON.readTree(get(base).body());
        String name = JSON.readTree(get(agency).body()).path("name").asText();
        boolean same = docx.headers().firstValue("ETag").orElse("").equals(etag)
                && HTTP.send(request(base + "/document?format=pdf").header("If-None-Match", etag).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode() == 304;
        return same ? new Report(base, year, pdf.body(), docx.body(), DocumentText.pdfPages(pdf.body()), summary, name)
                : null;
    }

    static HttpResponse<byte[]> get(String url) throws Exception {
        return HTTP.send(request(url).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + TOKEN)
                .timeout(Duration.ofSeconds(60));
    }

    /** BB-E23, DM-E42: numbers follow the tables present, the list of tables and figures is the captions. */
    @Test
    void tablesAndFiguresAreNumberedInOrderAndListed() throws Exception {
        for (Report r : REPORTS.values()) {
            assertThat(DocumentText.assertDocxListsMatch(r.docx())).as(r.path()).isGreaterThan(30);
            assertThat(DocumentText.assertPdfListPagesMatch(r.pages(), "DAFTAR TABEL")).as(r.path()).isGreaterThan(8);
            assertThat(DocumentText.assertPdfListPagesMatch(r.pages(), "DAFTAR GAMBAR")).as(r.path())
                    .isGreaterThanOrEqualTo(2);
            // every table or figure the text cites exists (the generated sentences open with the labels they cite;
            // findings and narratives may quote the seed report's own numbers and are not citations)
            List<String> labels = new ArrayList<>(DocumentText.docxCaptions(r.docx(), "Tabel"));
            labels.addAll(DocumentText.docxCaptions(r.docx(), "Gambar"));
            int citations = 0;
            for (String paragraph : DocumentText.docxParagraphs(r.docx())) {
                if (paragraph.startsWith("Caption|") || !paragraph.matches("^[^|]*\\|(Tabel|Gambar) .*")) {
                    continue;
                }
                Matcher cited = Pattern.compile("(Tabel|Gambar) [0-9L]+\\.[0-9]+").matcher(paragraph);
                while (cited.find()) {
                    String label = cited.group();
                    assertThat(labels).as(r.path() + " cites " + label).anyMatch(c -> c.startsWith(label + " "));
                    citations++;
                }
            }
            assertThat(citations).as(r.path()).isGreaterThan(3);
        }
    }

    /** BB-E24, BJ-E25: the table of contents is the headings, with the pages they are on. */
    @Test
    void contentsMatchTheHeadingsAndTheirPages() throws Exception {
        for (Report r : REPORTS.values()) {
            assertThat(DocumentText.assertPdfListPagesMatch(r.pages(), "DAFTAR ISI")).as(r.path())
                    .isEqualTo(DocumentText.docxHeadings(r.docx()).size());
        }
    }

    /**
     * BB-E15, BB-E20, DM-E10: column headers name their years, and the columns hold those years' figures (the
     * earlier-year column is the stored comparison of that year; the Renstra matrix has a column per period year).
     */
    @Test
    void yearColumnsNameTheirYearsAndHoldThem() throws Exception {
        for (Report r : REPORTS.values()) {
            int y = r.year();
            int end = r.summary().path("chapterII").path("renstra").path("periodEnd").asInt();
            int start = r.summary().path("chapterII").path("renstra").path("periodStart").asInt();
            String text = DocumentText.docxText(r.docx());
            assertThat(text).as(r.path()).contains("Indikator\tTarget " + y + "\tRealisasi " + y + "\tCapaian " + y
                    + "\tRealisasi " + (y - 1) + "\tRealisasi " + (y - 2) + "\tTarget akhir " + end);
            StringBuilder matrix = new StringBuilder("Sasaran\tIndikator\tSatuan");
            for (int year = start; year <= end; year++) {
                matrix.append('\t').append(year);
            }
            assertThat(text).as(r.path()).contains(matrix.append("\tAkhir"));
            for (JsonNode indicator : indicators(r)) {
                JsonNode figures = indicator.path("figures");
                String previous = "-";
                for (JsonNode past : indicator.path("comparison").path("previousYears")) {
                    if (past.path("year").asInt() == y - 1 && past.hasNonNull("realisation")) {
                        previous = number(past.path("realisation").decimalValue());
                    }
                }
                String row = figures.path("name").asText() + "\t" + value(figures, "target", "targetCategory") + "\t"
                        + value(figures, "realisation", "realisationCategory") + "\t" + capaian(figures) + "\t"
                        + previous + "\t";
                assertThat(text).as(r.path() + " comparison row").contains(row);
            }
        }
    }

    /** BB-E32: each IKU row carries the API's target, realisation, capaian and predicate under their headers. */
    @Test
    void ikuRowsCarryTheComputedFiguresUnderTheirHeaders() throws Exception {
        for (Report r : REPORTS.values()) {
            String text = DocumentText.docxText(r.docx());
            String flat = String.join(" ", r.pages()).replaceAll("\\s+", " ");
            assertThat(text).contains("Indikator\tSatuan\tTarget " + r.year() + "\tRealisasi " + r.year() + "\tCapaian "
                    + r.year() + "\tPredikat");
            for (JsonNode indicator : indicators(r)) {
                JsonNode f = indicator.path("figures");
                String cells = f.path("name").asText() + "\t" + unit(f) + "\t" + value(f, "target", "targetCategory")
                        + "\t" + value(f, "realisation", "realisationCategory") + "\t" + capaian(f) + "\t"
                        + (f.hasNonNull("predicate") ? f.path("predicate").asText() : "-");
                assertThat(text).as(r.path()).contains(cells);
                if (f.hasNonNull("capaianPrinted")) {
                    assertThat(flat).as(r.path()).contains(f.path("capaianPrinted").asText() + " %");
                }
            }
        }
    }

    /** BB-E17: every caption that names a year of the report names the report's year. */
    @Test
    void captionsNameTheReportYear() throws Exception {
        for (Report r : REPORTS.values()) {
            for (String caption : DocumentText.docxCaptions(r.docx(), "")) {
                Matcher year = Pattern.compile("Tahun ([0-9]{4})").matcher(caption);
                while (year.find()) {
                    assertThat(Integer.parseInt(year.group(1))).as(caption).isEqualTo(r.year());
                }
            }
        }
    }

    /** BB-E35: the cover and the text name the agency as registered. */
    @Test
    void theAgencyIsNamedAsRegistered() {
        for (Report r : REPORTS.values()) {
            assertThat(r.agencyName()).isNotBlank();
            assertThat(r.pages().get(0).replaceAll("\\s+", " ")).contains(r.agencyName());
            assertThat(r.pages().get(1).replaceAll("\\s+", " ")).contains("(LKjIP) " + r.agencyName() + " Tahun "
                    + r.year());
        }
    }

    /** DM-E08, DM-E29: the executive summary counts the sasaran and indicators the report holds. */
    @Test
    void executiveSummaryCountsWhatTheReportHolds() throws Exception {
        for (Report r : REPORTS.values()) {
            JsonNode sasaran = r.summary().path("chapterIII").path("sasaran");
            int indicators = indicators(r).size();
            assertThat(DocumentText.docxText(r.docx())).as(r.path()).contains("menetapkan " + sasaran.size()
                    + " sasaran strategis yang diukur dengan " + indicators + " indikator kinerja");
        }
    }

    /**
     * BAB I prints the organisation profile of the demo plans: Batu Bara's staff tables with totals the summary
     * computed (Tabel 1.2 and 1.3 of the seed report print 90 and 36), Dumai's address and head; the pemda LKjIP.
     */
    @Test
    void babIHoldsTheOrganisationProfileAndThePemdaHasItsLkjip() throws Exception {
        Report bb = REPORTS.get("kabupaten-batu-bara/agencies/DISNAKERPERINDAG/lkjip/2023");
        assertThat(bb.summary().at("/chapterI/staffByGolongan/total").asInt()).isEqualTo(36);
        assertThat(bb.summary().at("/chapterI/staffByEducation/total").asInt()).isEqualTo(90);
        String text = DocumentText.docxText(bb.docx());
        assertThat(text.lines()).anyMatch(l -> l.matches("\\s*Jumlah\t36\\s*"))
                .anyMatch(l -> l.matches("\\s*Jumlah\t90\\s*"));
        assertThat(text).contains("Buhari Imran, S.S., M.Si.", "Lapangan pekerjaan yang terbatas");
        Report dm = REPORTS.get("kota-dumai/agencies/DISNAKER/lkjip/2024");
        assertThat(String.join(" ", dm.pages()).replaceAll("\\s+", " "))
                .contains("Jalan Kesehatan No. 5, Teluk Binjai", "Satrio Wibowo, A.P, M.Si", "Tingginya Angka Pengangguran");
        HttpResponse<byte[]> pemda = get(SharedSystem.get().reporting + "/api/v1/tenants/kota-dumai/lkjip/2024/document");
        assertThat(pemda.statusCode()).isEqualTo(200);
        Files.write(Path.of("target/documents", "LKjIP-kota-dumai-2024.pdf"), pemda.body());
        assertThat(String.join(" ", DocumentText.pdfPages(pemda.body())).replaceAll("\\s+", " "))
                .contains("Dinas Tenaga Kerja Kota Dumai", "BAB III REALISASI ANGGARAN");
    }

    /** DM-E09: chapter II states exactly the PK amendments held. */
    @Test
    void theAmendmentsStatedAreTheOnesHeld() throws Exception {
        for (Report r : REPORTS.values()) {
            int amendments = 0;
            for (JsonNode pk : r.summary().path("chapterII").path("perjanjianKinerja")) {
                if (!pk.hasNonNull("parentCode")) {
                    amendments += pk.path("versions").size() - 1;
                }
            }
            String text = DocumentText.docxText(r.docx());
            // the last occurrences: the first ones are the table of contents
            String chapterII = text.substring(text.lastIndexOf("BAB II PERENCANAAN KINERJA\n"),
                    text.lastIndexOf("BAB III AKUNTABILITAS KINERJA\n"));
            assertThat(Pattern.compile("Perubahan ke-[0-9]+ tanggal").matcher(chapterII).results().count())
                    .as(r.path()).isEqualTo(amendments);
        }
    }

    static List<JsonNode> indicators(Report r) {
        List<JsonNode> all = new ArrayList<>();
        r.summary().path("chapterIII").path("sasaran").forEach(s -> s.path("indicators").forEach(all::add));
        return all;
    }

    static String value(JsonNode f, String number, String category) {
        if (f.hasNonNull(number)) {
            return number(f.path(number).decimalValue());
        }
        return f.hasNonNull(category) ? f.path(category).asText() : "-";
    }

    static String capaian(JsonNode f) {
        return f.hasNonNull("capaianPrinted") ? f.path("capaianPrinted").asText() + " %" : "-";
    }

    static String unit(JsonNode f) {
        return f.hasNonNull("unit") ? f.path("unit").asText() : "-";
    }

    /** Indonesian notation as held: 18,5; 1.250. */
    static String number(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("id-ID")));
        format.setMaximumFractionDigits(Math.max(0, plain.scale()));
        return format.format(plain);
    }
}
