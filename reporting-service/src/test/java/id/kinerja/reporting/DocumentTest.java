package id.kinerja.reporting;

import id.kinerja.events.EventCatalog;
import id.kinerja.events.EventPeriod;
import id.kinerja.events.plan.PkParty;
import id.kinerja.events.planning.AgencyPayload;
import id.kinerja.events.planning.OrganisationProfilePayload;
import id.kinerja.events.planning.OrganisationProfilePayload.StaffCount;
import id.kinerja.events.planning.TenantPayload;
import id.kinerja.events.realisation.IndicatorRealisationPayload;
import id.kinerja.events.realisation.RealisationStatus;
import id.kinerja.testsupport.DocumentText;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import id.kinerja.testsupport.EmbeddedPostgresServer;
import id.kinerja.testsupport.KinerjaTestResources;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The Dumai 2024 fixture of DashboardTest under its own tenant, downloaded as LKjIP and PK documents (PDF and
 * DOCX) and read back: the computed figures in the IKU rows, Indonesian formats, the version stamp, contents lists
 * that match the headings and captions (with the right PDF page numbers); ETag and 304; a figures change renders
 * the next version in the background while asOf still gets the old one.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DocumentTest {

    static final String T = "kota-dumai-doc";
    static final String BASE = "/api/v1/tenants/" + T + "/agencies/DISNAKER";
    static final String LKJIP = BASE + "/lkjip/2024/document";

    @BeforeAll
    static void events() {
        DashboardTest.send(T, EventCatalog.TENANT_UPSERTED, T, 1, null,
                new TenantPayload(T, "Pemerintah Kota Dumai", "KOTA", "Riau"));
        DashboardTest.send(T, EventCatalog.AGENCY_UPSERTED, "DISNAKER", 1, null,
                new AgencyPayload("DISNAKER", "Dinas Tenaga Kerja Kota Dumai", "Disnaker", true));
        DashboardTest.events(T);
        // BAB I: the staff tables carry counts per category only; the document prints totals the summary computed
        DashboardTest.send(T, EventCatalog.ORGANISATION_PROFILE_UPSERTED, "DISNAKER/2024", 1, EventPeriod.year(2024),
                new OrganisationProfilePayload("DISNAKER", 2024, "Peraturan Wali Kota Dumai Nomor 41 Tahun 2022",
                        "Jalan Kesehatan No. 5, Teluk Binjai, Dumai Timur", "Membantu Wali Kota Dumai melaksanakan "
                        + "urusan pemerintahan di bidang tenaga kerja.", List.of("Perumusan kebijakan bidang tenaga "
                        + "kerja", "Pelaksanaan kebijakan bidang tenaga kerja"), new PkParty("19770524 199602 1 002",
                        "Satrio Wibowo, A.P, M.Si", "Kepala Dinas Tenaga Kerja Kota Dumai", "Pembina Utama Muda (IV/c)"),
                        List.of(new StaffCount("Golongan II", 4), new StaffCount("Golongan III", 27),
                                new StaffCount("Golongan IV", 5)),
                        List.of(new StaffCount("SMA", 43), new StaffCount("D3", 7), new StaffCount("S1", 36),
                                new StaffCount("S2", 4)), List.of(),
                        List.of("Tingginya Angka Pengangguran", "Rendahnya Keterampilan Tenaga Kerja")));
    }

    static Response download(String path, String format) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(BASE + "/dashboard/2024").then()
                .statusCode(200).body("budget.spent", equalTo(96685000))
                .body("sasaran[0].indicators[0].targetSource", equalTo("PK PK-KADIS version 2"))
                .body("sasaran[0].indicators[0].capaianPrinted", equalTo("45,90")));
        Response r = given().queryParam("format", format).get(path);
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
        keep(path, format, r.asByteArray());
        return r;
    }

    @Test
    @Order(1)
    void theLkjipPdfCarriesTheComputedFiguresAndContentsThatMatchItsPages() throws Exception {
        Response r = download(LKJIP, "pdf");
        assertThat(r.contentType()).isEqualTo("application/pdf");
        String version = r.header("ETag").replace("\"", "");
        List<String> pages = DocumentText.pdfPages(r.asByteArray());
        String all = String.join("\n", pages);
        String flat = all.replaceAll("\\s+", " ");
        // the IKU rows of the capaian table: target, realisation, capaian, predicate
        assertThat(all.lines()).anyMatch(l -> l.contains("Indicator DM-IKU-1 % 10 4,59 45,90 % Tidak Berhasil"));
        assertThat(all.lines()).anyMatch(l -> l.contains("Indicator DM-IKU-2 % 10 20,26 202,60 % Sangat Berhasil"));
        assertThat(flat).contains("Rp 96.685.000", "Rp 100.000.000", "96,69 %", "31 Desember 2024",
                "Dinas Tenaga Kerja Kota Dumai", "DAFTAR ISI", "BAB III AKUNTABILITAS KINERJA", "Gambar 3.1",
                "Perubahan ke-1", "Rata-rata capaian kinerja organisasi adalah 124,25 %");
        // the version stamp in the footer of every page
        assertThat(pages).allSatisfy(p -> assertThat(p).contains("angka versi " + version + ","));
        assertThat(DocumentText.assertPdfListPagesMatch(pages, "DAFTAR ISI")).isGreaterThan(15);
        assertThat(DocumentText.assertPdfListPagesMatch(pages, "DAFTAR TABEL")).isGreaterThan(5);
        assertThat(DocumentText.assertPdfListPagesMatch(pages, "DAFTAR GAMBAR")).isGreaterThanOrEqualTo(2);

        given().header("If-None-Match", "\"" + version + "\"").queryParam("format", "pdf").get(LKJIP).then()
                .statusCode(304);
        given().queryParam("format", "xls").get(LKJIP).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("format"));
        given().queryParam("format", "pdf").get(BASE + "/lkjip/2019/document").then().statusCode(404);
    }

    @Test
    @Order(2)
    void theLkjipDocxIsEditableWithTheSameFiguresAndListsThatMatchItsHeadings() throws Exception {
        Response r = download(LKJIP, "docx");
        assertThat(r.contentType()).startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml");
        String text = DocumentText.docxText(r.asByteArray());
        // table cells are tab-separated, one row per line
        assertThat(text.lines()).anyMatch(l -> l.matches(".*Indicator DM-IKU-1\t%\t10\t4,59\t45,90 %\tTidak Berhasil.*"));
        assertThat(text).contains("Realisasi 2023\tRealisasi 2022\tTarget akhir 2026", "Target 2024 (PK awal)");
        assertThat(text).contains("Rp 96.685.000", "31 Desember 2024", "angka versi " + r.header("ETag")
                .replace("\"", "") + ",");
        assertThat(DocumentText.assertDocxListsMatch(r.asByteArray())).isGreaterThan(25);
    }

    @Test
    @Order(3)
    void aPkVersionIsADocumentWithItsAmendmentMarked() throws Exception {
        String pk = BASE + "/pk/2024/PK-KADIS/document";
        String amended = String.join("\n", DocumentText.pdfPages(download(pk, "pdf").asByteArray()))
                .replaceAll("\\s+", " ");
        assertThat(amended).contains("PERJANJIAN KINERJA TAHUN 2024 (PERUBAHAN KE-1)", "Target 2024 (PK awal)",
                "Kepala Dinas", "Wali Kota", "Kota Dumai, 25 September 2024");
        String original = DocumentText.docxText(given().queryParam("format", "docx").queryParam("version", 1).get(pk)
                .then().statusCode(200).extract().asByteArray());
        assertThat(original).contains("PERJANJIAN KINERJA TAHUN 2024", "1 Februari 2024").doesNotContain("Perubahan ke-1");
        given().queryParam("version", 7).get(pk).then().statusCode(404);
        given().get(BASE + "/pk/2024/PK-NONE/document").then().statusCode(404);
    }

    @Test
    @Order(9)
    void aFiguresChangeRendersTheNextVersionInTheBackgroundAndAsOfKeepsTheOld() throws Exception {
        Response before = download(LKJIP, "pdf");
        long v1 = Long.parseLong(before.header("ETag").replace("\"", ""));
        Instant beforeChange = Instant.now();
        Thread.sleep(5);
        DashboardTest.send(T, EventCatalog.REALISATION_UPSERTED, "DISNAKER/DM-IKU-2/2024/Y", 9,
                EventPeriod.year(2024), new IndicatorRealisationPayload("DISNAKER", "DM-IKU-2", 2024, null,
                        new BigDecimal("12.5"), null, null, null, false, null, null, null, null, null,
                        RealisationStatus.APPROVED, null, "test"));
        // nobody downloads: the next version's files appear in the table by themselves
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(BASE + "/dashboard/2024").then()
                .body("sasaran[0].indicators[1].capaianPrinted", equalTo("125,00")));
        await().atMost(Duration.ofSeconds(40)).until(() -> renderedVersions().contains(currentVersion()));
        // and the pemda's LKjIP (downloaded before) at the roll-up version that holds the change
        await().atMost(Duration.ofSeconds(40)).until(() -> query("SELECT figures_version FROM rendered_document "
                + "WHERE tenant = '" + T + "' AND agency = '*' AND year = 2024 AND format = 'pdf'").contains(
                query("SELECT version FROM pemda_figure WHERE tenant = '" + T + "' AND year = 2024 AND official AND "
                        + "through = 4 AND superseded_at IS NULL").get(0)));
        long v2 = currentVersion();
        assertThat(v2).isGreaterThan(v1);
        Response after = given().queryParam("format", "pdf").get(LKJIP);
        assertThat(after.header("ETag")).isEqualTo("\"" + v2 + "\"");
        assertThat(String.join("\n", DocumentText.pdfPages(after.asByteArray()))).contains("125,00 %")
                .contains("angka versi " + v2 + ",");
        Response old = given().queryParam("format", "pdf").queryParam("asOf", beforeChange.toString()).get(LKJIP);
        assertThat(old.header("ETag")).isEqualTo("\"" + v1 + "\"");
        assertThat(String.join("\n", DocumentText.pdfPages(old.asByteArray()))).contains("202,60 %");
    }

    @Test
    @Order(4)
    void babIPrintsTheProfileWithComputedStaffTotalsAndTheDefaultProseWhenUnset() throws Exception {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(BASE + "/lkjip/2024").then()
                .statusCode(200).body("chapterI.staffByEducation.total", equalTo(90)));
        List<String> pages = DocumentText.pdfPages(download(LKJIP, "pdf").asByteArray());
        String all = String.join("\n", pages);
        String flat = all.replaceAll("\\s+", " ");
        assertThat(flat).contains("Tabel 1.1 Jumlah pegawai menurut golongan ruang Tahun 2024",
                "Tabel 1.2 Jumlah pegawai menurut tingkat pendidikan Tahun 2024", "Satrio Wibowo, A.P, M.Si",
                "NIP 19770524 199602 1 002", "Jalan Kesehatan No. 5", "b. Pelaksanaan kebijakan bidang tenaga kerja",
                "1. Tingginya Angka Pengangguran");
        // 4 + 27 + 5 and 43 + 7 + 36 + 4: totals no event carried
        assertThat(all.lines()).anyMatch(l -> l.strip().equals("Jumlah 36"));
        assertThat(all.lines()).anyMatch(l -> l.strip().equals("Jumlah 90"));
        // no prose written: the generated defaults, marked as such
        assertThat(flat).contains("Teks ini dibuat otomatis", "Kinerja tidak menyimpan rencana perbaikan")
                .doesNotContain("teks versi");
        String docx = DocumentText.docxText(download(LKJIP, "docx").asByteArray());
        assertThat(docx.lines()).anyMatch(l -> l.matches("\\s*Jumlah\t90\\s*"));
        assertThat(DocumentText.assertPdfListPagesMatch(pages, "DAFTAR TABEL")).isGreaterThan(7);
    }

    @Test
    @Order(5)
    void thePemdaLkjipShowsEachAgencysStoredFiguresAndTheRollUp() throws Exception {
        String pemda = "/api/v1/tenants/" + T + "/lkjip/2024/document";
        download(LKJIP, "pdf"); // the agency's figures are in
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/v1/tenants/" + T
                + "/dashboard/2024").then().statusCode(200).body("agencies[0].averagePrinted", equalTo("124,25")));
        var rollup = given().get("/api/v1/tenants/" + T + "/dashboard/2024").then().extract().jsonPath();
        var agency = given().get(BASE + "/dashboard/2024").then().extract().jsonPath();
        Response r = given().queryParam("format", "pdf").get(pemda);
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
        keep(pemda, "pdf", r.asByteArray());
        long version = query("SELECT version FROM pemda_figure WHERE tenant = '" + T + "' AND year = 2024 AND official "
                + "AND through = 4 AND superseded_at IS NULL").get(0);
        assertThat(r.header("ETag")).isEqualTo("\"" + version + "\"");
        List<String> pages = DocumentText.pdfPages(r.asByteArray());
        String flat = String.join("\n", pages).replaceAll("\\s+", " ");
        // the agency row of the summary table and of the budget table are the roll-up's figures
        assertThat(flat).contains("1 Dinas Tenaga Kerja Kota Dumai " + rollup.getString("agencies[0].averagePrinted")
                + " %", "Dinas Tenaga Kerja Kota Dumai Rp 100.000.000 Rp 96.685.000 96,69 %",
                "Jumlah Rp 100.000.000 Rp 96.685.000 96,69 %", "Pemerintah Kota Dumai", "BAB IV TEMUAN DATA");
        // every indicator's capaian as the agency's dashboard answers it
        for (Object capaian : agency.getList("sasaran.indicators.flatten().capaianPrinted")) {
            if (capaian != null) {
                assertThat(flat).contains(capaian + " %");
            }
        }
        assertThat(flat).contains("45,90 % Tidak Berhasil", "202,60 % Sangat Berhasil");
        assertThat(pages).allSatisfy(p -> assertThat(p).contains("roll-up versi " + version + ","));
        assertThat(DocumentText.assertPdfListPagesMatch(pages, "DAFTAR TABEL")).isGreaterThanOrEqualTo(4);
        given().header("If-None-Match", "\"" + version + "\"").get(pemda).then().statusCode(304);
        String docx = DocumentText.docxText(given().queryParam("format", "docx").get(pemda).then().statusCode(200)
                .extract().asByteArray());
        assertThat(docx).contains("Dinas Tenaga Kerja Kota Dumai\t" + rollup.getString("agencies[0].averagePrinted"));
        given().get("/api/v1/tenants/" + T + "/lkjip/2019/document").then().statusCode(404);
    }

    @Test
    @Order(10)
    void proseWrittenByTheAgencyReplacesTheDefaultsAndRendersInTheBackground() throws Exception {
        String prose = BASE + "/lkjip/2024/prose";
        given().get(prose).then().statusCode(200).body("version", equalTo(0));
        given().contentType("application/json").body(java.util.Map.of("kataPengantar", "x".repeat(20_001)))
                .put(prose).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.containsString("kataPengantar"));
        java.util.Map<String, String> text = java.util.Map.of(
                "kataPengantar", "Puji syukur kami panjatkan atas tersusunnya laporan ini.\n\nParagraf kedua pengantar.",
                "konteksStrategis", "Konteks strategis: pelabuhan menyerap tenaga kerja baru.",
                "penutup", "Tahun depan pelatihan berbasis kompetensi diperluas.");
        given().contentType("application/json").body(text).put(prose).then().statusCode(200)
                .body("version", equalTo(1), "changed", equalTo(true), "updatedBy", org.hamcrest.Matchers.notNullValue());
        given().contentType("application/json").body(text).put(prose).then().statusCode(200)
                .body("version", equalTo(1), "changed", equalTo(false));
        // nobody downloads: the files with the prose are rendered by themselves
        await().atMost(Duration.ofSeconds(40)).until(() -> query("SELECT count(*) FROM rendered_document WHERE tenant = '"
                + T + "' AND agency = 'DISNAKER' AND document = 'lkjip' AND format = 'docx' AND figures_digest LIKE "
                + "'%/p1'").get(0) > 0);
        Response r = given().queryParam("format", "pdf").get(LKJIP);
        assertThat(r.header("ETag")).isEqualTo("\"" + currentVersion() + "-1\"");
        String flat = String.join("\n", DocumentText.pdfPages(r.asByteArray())).replaceAll("\\s+", " ");
        assertThat(flat).contains("Puji syukur kami panjatkan atas tersusunnya laporan ini. Paragraf kedua",
                "Konteks strategis: pelabuhan menyerap", "Tahun depan pelatihan berbasis kompetensi diperluas.",
                "teks versi 1").doesNotContain("Teks ini dibuat otomatis")
                .doesNotContain("Kinerja tidak menyimpan rencana perbaikan");
        assertThat(DocumentText.docxText(given().queryParam("format", "docx").get(LKJIP).asByteArray()))
                .contains("Paragraf kedua pengantar.");
        given().header("If-None-Match", r.header("ETag")).get(LKJIP).then().statusCode(304);
    }

    /** target/documents: the files as downloaded, to look at (pdftoppm) or measure. */
    static void keep(String path, String format, byte[] content) {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of("target", "documents");
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Files.write(dir.resolve(path.replaceAll("[^A-Za-z0-9-]+", "_") + "." + format), content);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static long currentVersion() throws Exception {
        return query("SELECT version FROM figure_version WHERE tenant = '" + T
                + "' AND agency = 'DISNAKER' AND year = 2024 AND superseded_at IS NULL").get(0);
    }

    static List<Long> renderedVersions() throws Exception {
        return query("SELECT figures_version FROM rendered_document WHERE tenant = '" + T
                + "' AND year = 2024 AND document = 'lkjip' AND format = 'docx'");
    }

    static List<Long> query(String sql) throws Exception {
        EmbeddedPostgresServer pg = KinerjaTestResources.postgres();
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl("reporting"), EmbeddedPostgresServer.USER,
                EmbeddedPostgresServer.PASSWORD);
             ResultSet r = c.createStatement().executeQuery(sql)) {
            List<Long> versions = new java.util.ArrayList<>();
            while (r.next()) {
                versions.add(r.getLong(1));
            }
            return versions;
        }
    }
}
