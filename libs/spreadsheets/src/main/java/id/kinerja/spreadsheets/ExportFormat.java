package id.kinerja.spreadsheets;

import java.util.Locale;

/** What a read endpoint answers: its JSON, or its tables as XLSX or CSV ({@code ?format=} or the Accept header). */
public enum ExportFormat {
    JSON, XLSX, CSV;

    /**
     * {@code ?format=json|xlsx|csv} wins; else an Accept header naming the XLSX or CSV media type and not JSON;
     * else JSON.
     *
     * @throws IllegalArgumentException for another {@code format} value
     */
    public static ExportFormat of(String format, String accept) {
        if (format != null) {
            return switch (format.toLowerCase(Locale.ROOT)) {
                case "json" -> JSON;
                case "xlsx" -> XLSX;
                case "csv" -> CSV;
                default -> throw new IllegalArgumentException("json, xlsx or csv");
            };
        }
        // a client that accepts JSON gets JSON (generated clients list every type an operation produces)
        if (accept == null || accept.contains("application/json")) {
            return JSON;
        }
        if (accept.contains(TableWriter.XLSX)) {
            return XLSX;
        }
        if (accept.contains(TableWriter.CSV)) {
            return CSV;
        }
        return JSON;
    }

    public String mediaType() {
        return switch (this) {
            case JSON -> "application/json";
            case XLSX -> TableWriter.XLSX;
            case CSV -> TableWriter.CSV + "; charset=UTF-8";
        };
    }
}
