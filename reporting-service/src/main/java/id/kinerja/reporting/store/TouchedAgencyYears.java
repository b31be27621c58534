package id.kinerja.reporting.store;

import id.kinerja.events.EventCatalog;
import id.kinerja.events.EventEnvelope;
import id.kinerja.reporting.snapshot.StateYear;
import id.kinerja.reporting.snapshot.Tables;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which agency-years a batch of changed states touches, with the events that caused each: a record of an
 * agency-year touches it (a realisation also the later years whose comparisons show it); a Renstra or an
 * indicator touches every year of the agency's Renstra periods; a profile or an AKIP evaluation its year and the
 * later stored years; a rule set every agency-year of the tenant
 * from its effective year. Years already stored are included, so figures whose inputs vanished are retired.
 */
final class TouchedAgencyYears {

    /** tenant/agency/year, in lock order. */
    record AgencyYear(String tenant, String agency, int year) implements Comparable<AgencyYear> {
        @Override
        public int compareTo(AgencyYear o) {
            return (tenant + "\u0000" + agency + "\u0000" + year).compareTo(o.tenant + "\u0000" + o.agency + "\u0000" + o.year);
        }
    }

    private TouchedAgencyYears() {
    }

    static Map<AgencyYear, List<String>> of(Connection c, Tables tables, List<EventEnvelope> changed)
            throws SQLException {
        Map<AgencyYear, List<String>> touched = new TreeMap<>();
        Map<String, Set<Integer>> storedYears = new java.util.HashMap<>(); // per agency, once per batch
        for (EventEnvelope e : changed) {
            String agency = e.payload().hasNonNull("agencyCode") ? e.payload().get("agencyCode").asText() : null;
            Integer year = StateYear.of(e);
            Set<Integer> affected = new TreeSet<>();
            Set<String> agencies = new TreeSet<>();
            if (agency != null) {
                agencies.add(agency);
            }
            String type = e.aggregateType();
            if (agency != null && year != null) {
                affected.add(year);
                // later years compare with this year's approved figure: only an approved (or once approved)
                // realisation can change them
                if ((type.equals(EventCatalog.REALISATION_UPSERTED.aggregateType())
                        && (approved(e) || approvedBefore(c, tables, e)))
                        // a profile stands for the later years too until they have their own
                        || type.equals(EventCatalog.ORGANISATION_PROFILE_UPSERTED.aggregateType())
                        // an AKIP evaluation is followed up (and checked) in the years after it
                        || type.equals(EventCatalog.EVALUATION_UPSERTED.aggregateType())) {
                    storedYears.computeIfAbsent(e.tenant() + "/" + agency, k -> stored(c, tables, e.tenant(), agency))
                            .stream().filter(y -> y > year).forEach(affected::add);
                }
            } else if (agency != null && (type.equals(EventCatalog.RENSTRA_UPSERTED.aggregateType())
                    || type.equals(EventCatalog.INDICATOR_UPSERTED.aggregateType()))) {
                affected.addAll(renstraYears(c, tables, e.tenant(), agency));
                affected.addAll(storedYears(c, tables, e.tenant(), agency));
            } else if (type.equals(EventCatalog.RULES_UPSERTED.aggregateType()) && year != null) {
                for (Map.Entry<String, Set<Integer>> a : tenantYears(c, tables, e.tenant()).entrySet()) {
                    a.getValue().stream().filter(y -> y >= year)
                            .forEach(y -> touched.computeIfAbsent(new AgencyYear(e.tenant(), a.getKey(), y),
                                    k -> new ArrayList<>()).add(cause(e)));
                }
                continue;
            }
            for (int y : affected) {
                touched.computeIfAbsent(new AgencyYear(e.tenant(), agency, y), k -> new ArrayList<>())
                        .add(cause(e));
            }
        }
        return touched;
    }

    /** How a version names the event that caused it: the state, its version, the event id. */
    static String cause(EventEnvelope e) {
        return e.aggregateType() + " " + e.aggregateId() + " v" + e.aggregateVersion() + " (event " + e.eventId() + ")";
    }

    private static boolean approved(EventEnvelope e) {
        return "APPROVED".equals(e.payload().path("status").asText());
    }

    private static boolean approvedBefore(Connection c, Tables tables, EventEnvelope e) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM " + tables.approvedHistory()
                + " WHERE tenant = ? AND aggregate_id = ? LIMIT 1")) {
            s.setString(1, e.tenant());
            s.setString(2, e.aggregateId());
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static Set<Integer> stored(Connection c, Tables tables, String tenant, String agency) {
        try {
            return storedYears(c, tables, tenant, agency);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<Integer> storedYears(Connection c, Tables tables, String tenant, String agency)
            throws SQLException {
        Set<Integer> years = new TreeSet<>();
        try (PreparedStatement s = c.prepareStatement("SELECT year FROM " + tables.figureVersion()
                + " WHERE tenant = ? AND agency = ? AND superseded_at IS NULL")) {
            s.setString(1, tenant);
            s.setString(2, agency);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    years.add(rs.getInt(1));
                }
            }
        }
        return years;
    }

    private static Set<Integer> renstraYears(Connection c, Tables tables, String tenant, String agency)
            throws SQLException {
        return tenantYears(c, tables, tenant).getOrDefault(agency, Set.of());
    }

    /** Per agency every year its Renstras cover and every year it has stored figures for. */
    private static Map<String, Set<Integer>> tenantYears(Connection c, Tables tables, String tenant)
            throws SQLException {
        Map<String, Set<Integer>> years = new TreeMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT agency_code, CAST(payload->>'periodStart' AS int), "
                + "CAST(payload->>'periodEnd' AS int) FROM " + tables.stateView() + " WHERE tenant = ? "
                + "AND aggregate_type = ? AND agency_code IS NOT NULL")) {
            s.setString(1, tenant);
            s.setString(2, EventCatalog.RENSTRA_UPSERTED.aggregateType());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    for (int y = rs.getInt(2); y <= rs.getInt(3); y++) {
                        years.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(y);
                    }
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT agency, year FROM " + tables.figureVersion()
                + " WHERE tenant = ? AND superseded_at IS NULL")) {
            s.setString(1, tenant);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    years.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getInt(2));
                }
            }
        }
        return years;
    }
}
