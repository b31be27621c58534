package id.kinerja.spreadsheets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table to export: a sheet name (at most 31 characters in Excel), its columns and rows. Cell values are
 * {@link java.math.BigDecimal}/{@link Number}, {@link String}, {@link Boolean} or null. A {@link Type#PERCENT}
 * value is given in points as the API answers it (85.5 is 85,5 %).
 */
public record Table(String name, List<Column> columns, List<List<Object>> rows) {

    public enum Type { TEXT, INTEGER, COUNT, DECIMAL, MONEY, PERCENT }

    public record Column(String header, Type type) {
    }

    public Table {
        name = name.length() > 31 ? name.substring(0, 31) : name;
    }

    public static Table of(String name, Column... columns) {
        return new Table(name, List.of(columns), new ArrayList<>());
    }

    public static Column text(String header) {
        return new Column(header, Type.TEXT);
    }

    public static Column column(String header, Type type) {
        return new Column(header, type);
    }

    public Table row(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(values.length + " values for " + columns.size() + " columns");
        }
        rows.add(Arrays.asList(values));
        return this;
    }
}
