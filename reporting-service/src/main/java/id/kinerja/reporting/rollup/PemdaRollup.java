package id.kinerja.reporting.rollup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.reporting.snapshot.Locks;
import id.kinerja.reporting.snapshot.Tables;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rebuilds a pemda-year's roll-up (both views, each quarter) from its agencies' current stored figures, and
 * stores a new row per view and quarter when it changed. Province and national figures add these rows up.
 */
@ApplicationScoped
public class PemdaRollup {

    private static final TypeReference<Map<String, Integer>> COUNTS = new TypeReference<>() {
    };

    @Inject
    ObjectMapper json;

    public void update(Connection c, Tables tables, String tenant, int year, Instant now) throws SQLException {
        Locks.lock(c, tables.prefix() + "pemda/" + tenant + "/" + year);
        Map<String, List<AgencyLine>> byVariant = new TreeMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT official, through, agency, average, average_value, "
                + "average_printed, average_not_computable, pagu, spent, absorption, predicates, presentation FROM "
                + tables.agencyFigure() + " WHERE tenant = ? AND year = ? AND to_version IS NULL")) {
            s.setString(1, tenant);
            s.setInt(2, year);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    byVariant.computeIfAbsent(rs.getBoolean(1) + "/" + rs.getInt(2), k -> new ArrayList<>())
                            .add(new AgencyLine(rs.getString(3), rs.getBigDecimal(4), rs.getBigDecimal(5),
                                    rs.getString(6), rs.getString(7), rs.getBigDecimal(8), rs.getBigDecimal(9),
                                    rs.getBigDecimal(10), read(rs.getString(11)), rs.getString(12)));
                }
            }
        }
        String findings = write(findingCounts(c, tables, tenant, year));
        for (boolean official : new boolean[]{true, false}) {
            for (int through = 1; through <= 4; through++) {
                PemdaCalculator.Pemda p = PemdaCalculator.of(tenant, year, through, official,
                        byVariant.getOrDefault(official + "/" + through, List.of()));
                PemdaRows.store(c, tables, p, findings, write(p.view()), write(p.view().predicateDistribution()), now);
            }
        }
    }

    private static Map<String, Integer> findingCounts(Connection c, Tables tables, String tenant, int year)
            throws SQLException {
        Map<String, Integer> counts = new TreeMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT code, count(*) FROM " + tables.findingFigure()
                + " WHERE tenant = ? AND year = ? AND to_version IS NULL GROUP BY code")) {
            s.setString(1, tenant);
            s.setInt(2, year);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return counts;
    }

    private Map<String, Integer> read(String counts) {
        try {
            return json.readValue(counts, COUNTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
