package id.kinerja.bench;

import java.util.Locale;

/**
 * Deterministic quarterly realisation rows for synthetic agencies: row {@code n} of an agency is indicator
 * n / 20, year 2021 + (n / 4) % 5, quarter n % 4 + 1, so every row has its own natural key.
 */
record RealisationRows(String tenant, String agencyPrefix, int firstAgency, int indicatorsPerAgency) {

    int rowsPerAgency() {
        return indicatorsPerAgency * SyntheticPlan.YEARS * 4;
    }

    String agency(long row) {
        return agencyName(firstAgency + (int) (row / rowsPerAgency()));
    }

    String agencyName(int index) {
        return String.format("%s%04d", agencyPrefix, index);
    }

    String indicator(long row) {
        return SyntheticPlan.indicatorCode((int) (row % rowsPerAgency() / (SyntheticPlan.YEARS * 4)));
    }

    int year(long row) {
        return SyntheticPlan.FIRST_YEAR + (int) (row / 4 % SyntheticPlan.YEARS);
    }

    int quarter(long row) {
        return (int) (row % 4) + 1;
    }

    /** A value that differs per row and per {@code round}, so a re-sent round is a real update. */
    String value(long row, int round) {
        return String.format(Locale.ROOT, "%d.%02d", 40 + (row * 7 + round * 13) % 60, (row + round) % 100);
    }

    /** Rows [from, to) as the JSON array the bulk push API takes. */
    String json(long from, long to, int round) {
        StringBuilder out = new StringBuilder((int) (to - from) * 110).append('[');
        for (long row = from; row < to; row++) {
            if (row > from) {
                out.append(',');
            }
            out.append("{\"agencyCode\":\"").append(agency(row)).append("\",\"indicatorCode\":\"")
                    .append(indicator(row)).append("\",\"year\":").append(year(row)).append(",\"quarter\":")
                    .append(quarter(row)).append(",\"value\":").append(value(row, round)).append('}');
        }
        return out.append(']').toString();
    }
}
