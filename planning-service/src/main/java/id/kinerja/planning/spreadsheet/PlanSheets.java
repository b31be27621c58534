package id.kinerja.planning.spreadsheet;

import id.kinerja.events.plan.Aggregation;
import id.kinerja.events.plan.BudgetLevel;
import id.kinerja.events.plan.Direction;
import id.kinerja.events.plan.IndicatorLevel;
import id.kinerja.events.plan.ObjectiveKind;
import id.kinerja.events.plan.PkStatus;
import id.kinerja.events.plan.QuarterMode;
import id.kinerja.events.plan.ReferenceValue;
import id.kinerja.events.plan.RenstraVersionKind;
import id.kinerja.events.plan.ValueType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The sheets of the plan template, one per section of the plan import document, each column naming the field
 * it fills by a {@link JsonPaths} path relative to the section's item. Two pseudo-fields tie a row to its
 * owner: {@code _parent} (the code of the PK or indicator it belongs to) and {@code _version} (the PK version:
 * 1 is the PK as signed, 2 its first amendment ...). The Renstra header and the year are on the cover sheet.
 */
final class PlanSheets {

    /** How a cell is read and written. TARGET: a number is the value, a text the category. */
    enum Kind { TEXT, INTEGER, DECIMAL, MONEY, DATE, ENUM, BOOLEAN, LIST, TARGET }

    record Col(String header, String path, Kind kind, List<String> values, int width) {
        static Col text(String header, String path, int width) {
            return new Col(header, path, Kind.TEXT, List.of(), width);
        }

        static Col of(String header, String path, Kind kind) {
            return new Col(header, path, kind, List.of(), kind == Kind.MONEY ? 18 : 12);
        }

        static Col choice(String header, String path, Class<? extends Enum<?>> type) {
            return new Col(header, path, Kind.ENUM, Arrays.stream(type.getEnumConstants()).map(Enum::name).toList(),
                    Math.max(12, header.length() + 2));
        }
    }

    /** A sheet: its name, where its rows go in the document ({@code owner/list} for owned rows), its columns. */
    record Layout(String sheet, String section, List<Col> columns) {

        /** The column a header names, case and spacing aside. */
        Optional<Col> byHeader(String header) {
            String h = normal(header);
            return columns.stream().filter(c -> normal(c.header()).equals(h)).findFirst();
        }

        String owner() {
            return section.contains("/") ? section.substring(0, section.indexOf('/')) : null;
        }

        String list() {
            return section.substring(section.indexOf('/') + 1);
        }
    }

    static final String COVER = "Petunjuk";

    static final List<Col> COVER_FIELDS = List.of(
            Col.of("Tahun", "year", Kind.INTEGER),
            Col.text("Kode Renstra", "renstra.code", 20),
            Col.text("Judul Renstra", "renstra.title", 60),
            Col.of("Periode awal", "renstra.periodStart", Kind.INTEGER),
            Col.of("Periode akhir", "renstra.periodEnd", Kind.INTEGER),
            Col.text("Dasar hukum", "renstra.legalBasis", 60));

    static final Layout VERSIONS = new Layout("Versi Renstra", "renstra.versions", List.of(
            Col.of("Versi", "versionNo", Kind.INTEGER),
            Col.choice("Jenis", "kind", RenstraVersionKind.class),
            Col.text("Nomor SK", "decreeNumber", 24),
            Col.of("Tanggal SK", "decreeDate", Kind.DATE),
            Col.text("Catatan", "note", 50)));

    static final Layout OBJECTIVES = new Layout("Tujuan Sasaran", "objectives", List.of(
            Col.choice("Jenis", "kind", ObjectiveKind.class),
            Col.text("Kode", "code", 14),
            Col.text("Kode induk", "parentCode", 14),
            Col.text("Nama", "name", 70)));

    static final Layout REFERENCES = new Layout("Referensi", "indicators/references", List.of(
            Col.text("Kode indikator", "_parent", 16),
            Col.of("Tahun", "year", Kind.INTEGER),
            Col.choice("Cakupan", "scope", ReferenceValue.Scope.class),
            Col.of("Nilai", "value", Kind.DECIMAL),
            Col.text("Sumber", "source", 40)));

    static final Layout BUDGET = new Layout("Anggaran", "budget", List.of(
            Col.choice("Tingkat", "level", BudgetLevel.class),
            Col.text("Kode", "code", 20),
            Col.text("Kode induk", "parentCode", 16),
            Col.text("Nama", "name", 60),
            Col.text("Kode sasaran", "sasaranCode", 14),
            Col.of("Kode indikator", "indicatorCodes", Kind.LIST),
            Col.of("Pagu DPA", "pagu[version=DPA].amount", Kind.MONEY),
            Col.of("Belanja operasi DPA", "pagu[version=DPA].belanjaOperasi", Kind.MONEY),
            Col.of("Belanja modal DPA", "pagu[version=DPA].belanjaModal", Kind.MONEY),
            Col.of("Pagu DPPA", "pagu[version=DPPA].amount", Kind.MONEY),
            Col.of("Belanja operasi DPPA", "pagu[version=DPPA].belanjaOperasi", Kind.MONEY),
            Col.of("Belanja modal DPPA", "pagu[version=DPPA].belanjaModal", Kind.MONEY),
            Col.of("Pagu tercetak DPA", "reportedPagu[version=DPA].amount", Kind.MONEY),
            Col.text("Sumber pagu tercetak DPA", "reportedPagu[version=DPA].source", 24),
            Col.of("Pagu tercetak DPPA", "reportedPagu[version=DPPA].amount", Kind.MONEY),
            Col.text("Sumber pagu tercetak DPPA", "reportedPagu[version=DPPA].source", 24)));

    static final Layout PKS = new Layout("PK", "pks", List.of(
            Col.text("Kode PK", "code", 20),
            Col.text("Judul", "title", 50),
            Col.text("Kode PK induk", "parentCode", 20),
            Col.choice("Status", "status", PkStatus.class),
            Col.of("Tanggal tanda tangan", "signedDate", Kind.DATE),
            Col.text("NIP pihak pertama", "signer.nip", 20),
            Col.text("Nama pihak pertama", "signer.name", 30),
            Col.text("Jabatan pihak pertama", "signer.position", 36),
            Col.text("Pangkat pihak pertama", "signer.rank", 16),
            Col.text("NIP pihak kedua", "counterSigner.nip", 20),
            Col.text("Nama pihak kedua", "counterSigner.name", 30),
            Col.text("Jabatan pihak kedua", "counterSigner.position", 36),
            Col.text("Pangkat pihak kedua", "counterSigner.rank", 16),
            Col.of("Total tercetak", "content.reportedTotal", Kind.MONEY)));

    static final Layout PK_INDICATORS = new Layout("PK Indikator", "pks/indicators", List.of(
            Col.text("Kode PK", "_parent", 20),
            Col.of("Versi", "_version", Kind.INTEGER),
            Col.text("Kode indikator", "indicatorCode", 16),
            Col.of("Target", "target", Kind.DECIMAL),
            Col.text("Kategori target", "targetCategory", 14)));

    static final Layout PK_BUDGETS = new Layout("PK Anggaran", "pks/budgets", List.of(
            Col.text("Kode PK", "_parent", 20),
            Col.of("Versi", "_version", Kind.INTEGER),
            Col.text("Kode anggaran", "budgetCode", 20),
            Col.of("Jumlah", "amount", Kind.MONEY),
            Col.text("Catatan", "note", 30)));

    static final Layout AMENDMENTS = new Layout("Perubahan PK", "pks/amendments", List.of(
            Col.text("Kode PK", "_parent", 20),
            Col.of("Versi", "_version", Kind.INTEGER),
            Col.of("Tanggal", "dated", Kind.DATE),
            Col.text("Alasan", "reason", 60),
            Col.of("Total tercetak", "content.reportedTotal", Kind.MONEY)));

    static final Layout QUARTERLY = new Layout("Target TW", "quarterlyTargets", List.of(
            Col.text("Kode PK", "pkCode", 20),
            Col.text("Kode indikator", "indicatorCode", 16),
            Col.choice("Mode", "mode", QuarterMode.class),
            Col.of("TW I", "targets[quarter=1].target", Kind.DECIMAL),
            Col.of("TW II", "targets[quarter=2].target", Kind.DECIMAL),
            Col.of("TW III", "targets[quarter=3].target", Kind.DECIMAL),
            Col.of("TW IV", "targets[quarter=4].target", Kind.DECIMAL)));

    private PlanSheets() {
    }

    /** The indicator sheet with one target column per year ({@code Target 2024}). */
    static Layout indicators(List<Integer> years) {
        List<Col> cols = new ArrayList<>(List.of(
                Col.text("Kode", "code", 14),
                Col.choice("Tingkat", "level", IndicatorLevel.class),
                Col.text("Kode induk", "parentCode", 14),
                Col.text("Nama", "name", 50),
                Col.text("Satuan", "unit", 10),
                Col.choice("Arah", "direction", Direction.class),
                Col.choice("Jenis nilai", "valueType", ValueType.class),
                Col.choice("Agregasi", "aggregation", Aggregation.class),
                Col.of("Kategori", "categories", Kind.LIST),
                new Col("IKU", "iku", Kind.BOOLEAN, List.of("Ya", "Tidak"), 8),
                Col.of("Batas bawah", "rangeLower", Kind.DECIMAL),
                Col.of("Batas atas", "rangeUpper", Kind.DECIMAL),
                Col.of("Baseline tahun", "baseline.year", Kind.INTEGER),
                Col.of("Baseline", "baseline", Kind.TARGET),
                Col.of("Target akhir tahun", "endTarget.year", Kind.INTEGER),
                Col.of("Target akhir", "endTarget", Kind.TARGET)));
        for (int year : years) {
            cols.add(Col.of("Target " + year, "targets[year=" + year + "]", Kind.TARGET));
        }
        cols.addAll(List.of(
                Col.text("Definisi", "definition", 40),
                Col.text("Rumus", "formula", 40),
                Col.text("Definisi pembilang", "numeratorDefinition", 30),
                Col.text("Definisi penyebut", "denominatorDefinition", 30),
                Col.text("Sumber data", "dataSource", 30)));
        return new Layout("Indikator", "indicators", cols);
    }

    /** A target column typed by a person ({@code Target 2027}) not in the downloaded template. */
    static Optional<Col> yearColumn(String header) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)\\s*target\\s+(\\d{4})\\s*").matcher(header);
        return m.matches() ? Optional.of(Col.of("Target " + m.group(1), "targets[year=" + m.group(1) + "]", Kind.TARGET))
                : Optional.empty();
    }

    static List<Layout> all(List<Integer> years) {
        return List.of(VERSIONS, OBJECTIVES, indicators(years), REFERENCES, BUDGET, PKS, PK_INDICATORS, PK_BUDGETS,
                AMENDMENTS, QUARTERLY);
    }

    static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", " ").trim();
    }
}
