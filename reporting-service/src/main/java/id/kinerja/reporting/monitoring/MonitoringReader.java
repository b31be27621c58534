package id.kinerja.reporting.monitoring;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kinerja.commons.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Reads the stored monitoring figures; never computes compliance, projections or warnings. Callers limited to
 * some agencies get a pemda roll-up of their agencies' stored figures only; a province adds up stored pemda rows.
 */
@ApplicationScoped
public class MonitoringReader {

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;

    @Transactional(Transactional.TxType.SUPPORTS)
    public ObjectNode agency(String tenant, String agency, int year) {
        List<Object[]> rows = rows("SELECT document, version, computed_at FROM monitoring_agency WHERE tenant = ?1 "
                + "AND agency = ?2 AND year = ?3 AND superseded_at IS NULL", tenant, agency, year);
        if (rows.isEmpty()) {
            throw ProblemException.notFound("monitoring of agency-year", agency + "/" + year);
        }
        return stamped(rows.get(0));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ObjectNode pemda(String tenant, int year, Predicate<String> agencyVisible, boolean whole) {
        if (whole) {
            List<Object[]> rows = rows("SELECT document, version, computed_at FROM monitoring_pemda WHERE tenant = ?1 "
                    + "AND year = ?2 AND superseded_at IS NULL", tenant, year);
            if (rows.isEmpty()) {
                throw ProblemException.notFound("monitoring of pemda-year", tenant + "/" + year);
            }
            return stamped(rows.get(0));
        }
        List<AgencyMonitoring> visible = new ArrayList<>();
        for (Object[] row : rows("SELECT document, agency, 0 FROM monitoring_agency WHERE tenant = ?1 AND year = ?2 "
                + "AND superseded_at IS NULL ORDER BY agency", tenant, year)) {
            if (agencyVisible.test((String) row[1])) {
                visible.add(read((String) row[0], AgencyMonitoring.class));
            }
        }
        return json.valueToTree(MonitoringRollup.pemda(tenant, year, visible));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ObjectNode province(String province, int year, Predicate<String> pemdaVisible) {
        List<Object[]> rows = rows("SELECT p.document, p.tenant, 0 FROM monitoring_pemda p JOIN tenant_view t "
                + "ON t.code = p.tenant WHERE t.province = ?1 AND p.year = ?2 AND p.superseded_at IS NULL "
                + "ORDER BY p.tenant", province, year);
        List<PemdaMonitoring> pemda = new ArrayList<>();
        for (Object[] row : rows) {
            if (pemdaVisible.test((String) row[1])) {
                pemda.add(read((String) row[0], PemdaMonitoring.class));
            }
        }
        return json.valueToTree(MonitoringRollup.province(province, year, pemda));
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object... params) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return q.getResultList();
    }

    private ObjectNode stamped(Object[] row) {
        ObjectNode doc = read((String) row[0], ObjectNode.class);
        doc.put("version", ((Number) row[1]).longValue());
        doc.put("computedAt", (row[2] instanceof Timestamp t ? t.toInstant() : row[2]).toString());
        return doc;
    }

    private <T> T read(String doc, Class<T> type) {
        try {
            return json.readValue(doc, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored monitoring figures unreadable", e);
        }
    }
}
