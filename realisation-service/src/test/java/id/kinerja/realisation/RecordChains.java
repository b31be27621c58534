package id.kinerja.realisation;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks, record by record, that no update was lost and every event carries the committed state: the audit
 * trail is one unbroken chain (versions 1..n, each entry's old value the previous entry's new value), the row
 * is at version n with the last entry's value and status, and the outbox holds exactly one event per version,
 * the newest carrying the last entry's state.
 */
final class RecordChains {

    private RecordChains() {
    }

    /** Descriptions of the records of the tenant that break the chain (empty: all consistent). */
    @SuppressWarnings("unchecked")
    static List<String> divergent(EntityManager em, String tenant) {
        List<String> broken = new ArrayList<>();
        for (String[] table : new String[][]{
                {"indicator_realisation", "r.indicator_code", "COALESCE(CAST(r.quarter AS text), 'Y')", "r.value",
                        "realisation.upserted"},
                {"budget_realisation", "r.sub_kegiatan_code", "CAST(r.quarter AS text)", "r.amount",
                        "budget-realisation.upserted"}}) {
            String column = table[0].startsWith("indicator") ? "value" : "amount";
            String sql = """
                    WITH rec AS (
                        SELECT r.id, r.version, r.status, %4$s AS figure,
                               r.agency_code || '/' || %2$s || '/' || r.year || '/' || %3$s AS k
                        FROM %1$s r WHERE r.tenant = :t),
                    trail AS (
                        SELECT rec.id, count(*) AS entries, count(DISTINCT a.version) AS versions,
                               max(a.version) AS top,
                               count(*) FILTER (WHERE a.version > 1 AND a.old_value IS DISTINCT FROM (
                                   SELECT p.new_value FROM audit_entry p WHERE p.record_id = a.record_id
                                   AND p.version = a.version - 1)) AS broken_links
                        FROM rec JOIN audit_entry a ON a.record_id = rec.id GROUP BY rec.id),
                    events AS (
                        SELECT rec.id, count(*) AS events,
                               count(DISTINCT CAST(o.payload ->> 'aggregateVersion' AS bigint)) AS versions
                        FROM rec JOIN outbox_event o ON o.tenant = :t AND o.aggregateid = rec.k AND o.type = '%6$s'
                        GROUP BY rec.id)
                    SELECT rec.k, rec.version, trail.entries, trail.versions, trail.top, trail.broken_links,
                           events.events, events.versions,
                           (last.new_value ->> 'status') = rec.status AS status_ok,
                           CAST(last.new_value ->> '%5$s' AS numeric) IS NOT DISTINCT FROM rec.figure AS figure_ok,
                           (SELECT o.payload -> 'payload' FROM outbox_event o WHERE o.tenant = :t AND o.aggregateid = rec.k
                             AND o.type = '%6$s'
                             ORDER BY CAST(o.payload ->> 'aggregateVersion' AS bigint) DESC, o.seq DESC LIMIT 1)
                             = last.new_value AS event_ok
                    FROM rec JOIN trail ON trail.id = rec.id LEFT JOIN events ON events.id = rec.id
                    JOIN audit_entry last ON last.record_id = rec.id AND last.version = rec.version
                    """.formatted(table[0], table[1], table[2], table[3], column, table[4]);
            List<Object[]> rows = QuarkusTransaction.requiringNew().call(() ->
                    em.createNativeQuery(sql).setParameter("t", tenant).getResultList());
            for (Object[] r : rows) {
                long version = ((Number) r[1]).longValue();
                boolean ok = ((Number) r[2]).longValue() == version && ((Number) r[3]).longValue() == version
                        && ((Number) r[4]).longValue() == version && ((Number) r[5]).longValue() == 0
                        && r[6] != null && ((Number) r[6]).longValue() == version
                        && ((Number) r[7]).longValue() == version
                        && Boolean.TRUE.equals(r[8]) && Boolean.TRUE.equals(r[9]) && Boolean.TRUE.equals(r[10]);
                if (!ok) {
                    broken.add(table[0] + " " + r[0] + ": version " + version + ", audit entries " + r[2]
                            + " (distinct versions " + r[3] + ", top " + r[4] + ", broken links " + r[5] + "), events "
                            + r[6] + " (distinct versions " + r[7] + "), status " + r[8] + ", figure " + r[9]
                            + ", newest event " + r[10]);
                }
            }
            long rowsWithoutTrail = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                    "SELECT count(*) FROM " + table[0] + " r WHERE r.tenant = :t AND NOT EXISTS (SELECT 1 FROM"
                            + " audit_entry a WHERE a.record_id = r.id AND a.version = r.version)")
                    .setParameter("t", tenant).getSingleResult()).longValue());
            if (rowsWithoutTrail > 0) {
                broken.add(table[0] + ": " + rowsWithoutTrail + " row(s) whose version has no audit entry");
            }
        }
        return broken;
    }
}
