package id.kinerja.realisation.evidence;

import id.kinerja.commons.problem.ProblemException;
import id.kinerja.commons.security.Caller;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.UUID;

/**
 * The realisation (or evaluation follow-up) a file is attached to, found in the tenant and within the caller's agencies; any other id
 * answers 404 like an unknown one, so ids of other agencies reveal nothing (as the audit trail does).
 */
record EvidencedRecord(String type, UUID id, String agencyCode, int year, Short quarter, String planCode,
                       long version) {

    @SuppressWarnings("unchecked")
    static EvidencedRecord find(EntityManager em, Caller caller, String tenant, UUID id) {
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT 'indicator-realisation', agency_code, year, quarter, indicator_code, version
                        FROM indicator_realisation WHERE tenant = :t AND id = :id
                        UNION ALL
                        SELECT 'budget-realisation', agency_code, year, quarter, sub_kegiatan_code, version
                        FROM budget_realisation WHERE tenant = :t AND id = :id
                        UNION ALL
                        SELECT 'follow-up', e.agency_code, e.year, NULL, r.code, e.version
                        FROM follow_up f JOIN recommendation r ON r.id = f.recommendation_id
                        JOIN evaluation e ON e.id = r.evaluation_id WHERE e.tenant = :t AND f.id = :id""")
                .setParameter("t", tenant).setParameter("id", id).getResultList();
        if (rows.isEmpty() || !caller.mayActFor(tenant, (String) rows.get(0)[1])) {
            throw ProblemException.notFound("record", id.toString());
        }
        Object[] r = rows.get(0);
        // the pemda's own evaluation is stored with agency '' (only callers not limited to agencies pass above)
        return new EvidencedRecord((String) r[0], id, "".equals(r[1]) ? null : (String) r[1], ((Number) r[2]).intValue(),
                r[3] == null ? null : ((Number) r[3]).shortValue(), (String) r[4], ((Number) r[5]).longValue());
    }
}
