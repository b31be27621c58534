package id.kinerja.realisation.spreadsheet;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a realisation workbook, in template order. A header names a push field in Indonesian (or by
 * the field's own name); {@link Role#INFO} columns (value type, target, pagu) help the person filling in and
 * are not read back. A row whose {@link Role#INPUT} cells are all empty was not filled and is skipped.
 */
public record TemplateLayout(String sheet, List<Col> columns) {

    public enum Role { KEY, INPUT, INFO }

    public enum Kind { TEXT, NUMBER, BOOLEAN }

    public record Col(String header, String field, Role role, Kind kind, int width) {
    }

    public static final TemplateLayout INDICATOR = new TemplateLayout("Realisasi", List.of(
            new Col("Kode OPD", "agencyCode", Role.KEY, Kind.TEXT, 12),
            new Col("Kode indikator", "indicatorCode", Role.KEY, Kind.TEXT, 16),
            new Col("Indikator", "name", Role.INFO, Kind.TEXT, 50),
            new Col("Satuan", "unit", Role.KEY, Kind.TEXT, 12),
            new Col("Jenis nilai", "valueType", Role.INFO, Kind.TEXT, 12),
            new Col("Target tahunan", "yearTarget", Role.INFO, Kind.TEXT, 14),
            new Col("Target triwulan", "target", Role.INFO, Kind.NUMBER, 14),
            new Col("Tahun", "year", Role.KEY, Kind.NUMBER, 8),
            new Col("Triwulan", "quarter", Role.KEY, Kind.NUMBER, 9),
            new Col("Realisasi", "value", Role.INPUT, Kind.NUMBER, 12),
            new Col("Pembilang", "numerator", Role.INPUT, Kind.NUMBER, 12),
            new Col("Penyebut", "denominator", Role.INPUT, Kind.NUMBER, 12),
            new Col("Kategori", "category", Role.INPUT, Kind.TEXT, 14),
            new Col("Data sementara", "provisional", Role.INPUT, Kind.BOOLEAN, 14),
            new Col("Sumber data", "dataSource", Role.INPUT, Kind.TEXT, 20),
            new Col("Faktor pendorong", "drivingFactors", Role.INPUT, Kind.TEXT, 30),
            new Col("Faktor penghambat", "inhibitingFactors", Role.INPUT, Kind.TEXT, 30),
            new Col("Tindak lanjut", "followUp", Role.INPUT, Kind.TEXT, 30)));

    public static final TemplateLayout BUDGET = new TemplateLayout("Anggaran", List.of(
            new Col("Kode OPD", "agencyCode", Role.KEY, Kind.TEXT, 12),
            new Col("Kode sub kegiatan", "subKegiatanCode", Role.KEY, Kind.TEXT, 20),
            new Col("Sub kegiatan", "name", Role.INFO, Kind.TEXT, 50),
            new Col("Pagu berlaku", "paguInForce", Role.INFO, Kind.NUMBER, 18),
            new Col("Tahun", "year", Role.KEY, Kind.NUMBER, 8),
            new Col("Triwulan", "quarter", Role.KEY, Kind.NUMBER, 9),
            new Col("Realisasi (Rp)", "amount", Role.INPUT, Kind.NUMBER, 18),
            new Col("% fisik", "physicalProgress", Role.INPUT, Kind.NUMBER, 10),
            new Col("Alasan melebihi pagu", "overPaguReason", Role.INPUT, Kind.TEXT, 40)));

    /** The column a header names: its Indonesian label or its field name, case and spacing aside. */
    public Optional<Col> byHeader(String header) {
        String h = normal(header);
        return columns.stream().filter(c -> normal(c.header()).equals(h) || normal(c.field()).equals(h)).findFirst();
    }

    public int index(String field) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).field().equals(field)) {
                return i;
            }
        }
        throw new IllegalArgumentException(field);
    }

    private static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", " ").trim();
    }
}
