package id.kinerja.reporting.rollup;

import id.kinerja.reporting.snapshot.Tables;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/** The versioned pemda roll-up rows: a new row only when the dashboard or the finding counts changed. */
final class PemdaRows {

    private PemdaRows() {
    }

    static void store(Connection c, Tables tables, PemdaCalculator.Pemda p, String findings, String dashboard,
                      String predicates, Instant now) throws SQLException {
        var view = p.view();
        long version = 0;
        try (PreparedStatement s = c.prepareStatement("SELECT version, dashboard, findings FROM " + tables.pemdaFigure()
                + " WHERE tenant = ? AND year = ? AND official = ? AND through = ? AND superseded_at IS NULL")) {
            bind(s, view);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    if (rs.getString(2).equals(dashboard) && rs.getString(3).equals(findings)) {
                        return;
                    }
                    version = rs.getLong(1);
                }
            }
        }
        try (PreparedStatement close = c.prepareStatement("UPDATE " + tables.pemdaFigure() + " SET superseded_at = ? "
                + "WHERE tenant = ? AND year = ? AND official = ? AND through = ? AND superseded_at IS NULL")) {
            close.setTimestamp(1, Timestamp.from(now));
            close.setString(2, view.tenant());
            close.setInt(3, view.year());
            close.setBoolean(4, view.officialOnly());
            close.setInt(5, view.throughQuarter());
            close.executeUpdate();
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + tables.pemdaFigure() + " (tenant, year, "
                + "official, through, version, computed_at, agencies, average_sum, average_count, average_value, "
                + "average_printed, pagu, spent, absorption, predicates, presentation, findings, dashboard) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            bind(insert, view);
            insert.setLong(5, version + 1);
            insert.setTimestamp(6, Timestamp.from(now));
            insert.setInt(7, view.agencies().size());
            insert.setBigDecimal(8, p.averageSum());
            insert.setInt(9, p.averageCount());
            insert.setBigDecimal(10, view.averageCapaian());
            insert.setString(11, view.averagePrinted());
            insert.setBigDecimal(12, view.pagu());
            insert.setBigDecimal(13, view.spent());
            insert.setBigDecimal(14, view.absorption());
            insert.setString(15, predicates);
            insert.setString(16, p.presentation());
            insert.setString(17, findings);
            insert.setString(18, dashboard);
            insert.executeUpdate();
        }
    }

    private static void bind(PreparedStatement s, PemdaDashboard view) throws SQLException {
        s.setString(1, view.tenant());
        s.setInt(2, view.year());
        s.setBoolean(3, view.officialOnly());
        s.setInt(4, view.throughQuarter());
    }
}
