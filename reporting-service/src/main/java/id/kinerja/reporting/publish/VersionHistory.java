package id.kinerja.reporting.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.annotation.JsonInclude;
import id.kinerja.reporting.snapshot.Tables;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/** The figures versions of an agency-year, newest first: when, why (causing events), from which rules. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class VersionHistory {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FiguresVersion(long version, Instant computedAt, Instant supersededAt, boolean hasFigures,
                                 Long rulesVersion, List<String> causedBy) {
    }

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;

    @SuppressWarnings("unchecked")
    public List<FiguresVersion> of(String tenant, String agency, int year) {
        List<Object[]> rows = em.createNativeQuery("SELECT version, computed_at, superseded_at, has_figures, "
                        + "rules_version, causes FROM " + Tables.LIVE.figureVersion() + " WHERE tenant = :t AND "
                        + "agency = :a AND year = :y ORDER BY version DESC")
                .setParameter("t", tenant).setParameter("a", agency).setParameter("y", year).getResultList();
        return rows.stream().map(r -> new FiguresVersion(((Number) r[0]).longValue(), Publications.instant(r[1]),
                r[2] == null ? null : Publications.instant(r[2]), (Boolean) r[3],
                r[4] == null ? null : ((Number) r[4]).longValue(), causes((String) r[5]))).toList();
    }

    private List<String> causes(String text) {
        try {
            return json.readValue(text, new TypeReference<>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
