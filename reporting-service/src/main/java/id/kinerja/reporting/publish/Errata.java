package id.kinerja.reporting.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.events.Numbers;
import id.kinerja.reporting.snapshot.Tables;
import id.kinerja.reporting.store.FigureReader;
import id.kinerja.reporting.store.FigureTable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The errata of a published LKjIP: every official figure (through Q4) whose stored value now differs from the
 * value at the published version, with the first version that changed it and the corrections behind it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Errata {

    /** The figures an LKjIP prints, per table: name prefix, key pattern, label column, value columns. */
    private record Checked(FigureTable table, String what, String fkey, String label, List<String> columns) {
    }

    private static final List<Checked> CHECKED = List.of(
            new Checked(FigureTable.AGENCY, "agency", "O4", "'organisation'", List.of("average_value", "pagu", "spent",
                    "absorption")),
            new Checked(FigureTable.INDICATOR, "indicator", "O4/%", "indicator", List.of("target", "realisation",
                    "capaian", "predicate")),
            new Checked(FigureTable.SASARAN, "sasaran", "O4/%", "sasaran", List.of("efficiency")));

    @Inject
    EntityManager em;
    @Inject
    FigureReader figures;
    @Inject
    ObjectMapper json;

    public List<Erratum> since(Publication publication, long current) {
        List<Erratum> errata = new ArrayList<>();
        for (Checked c : CHECKED) {
            Map<String, Object[]> published = rows(publication, c, publication.version());
            Map<String, Object[]> now = rows(publication, c, current);
            TreeSet<String> keys = new TreeSet<>(published.keySet());
            keys.addAll(now.keySet());
            for (String fkey : keys) {
                Object[] was = published.get(fkey);
                Object[] is = now.get(fkey);
                for (int i = 0; i < c.columns().size(); i++) {
                    Object before = was == null ? null : was[i + 2];
                    Object after = is == null ? null : is[i + 2];
                    if (!same(before, after)) {
                        String label = (String) (was != null ? was[1] : is[1]);
                        errata.add(erratum(publication, c, fkey, i, label, before, after));
                    }
                }
            }
        }
        return errata;
    }

    private Erratum erratum(Publication p, Checked c, String fkey, int column, String label, Object before,
                            Object after) {
        // the first later version of the row whose value differs from the published one changed it
        long changedIn = firstChange(p, c, fkey, column, before);
        Object[] version = (Object[]) em.createNativeQuery("SELECT computed_at, causes, 0 FROM "
                        + Tables.LIVE.figureVersion() + " WHERE tenant = :t AND agency = :a AND year = :y AND version = :v")
                .setParameter("t", p.tenant()).setParameter("a", p.agency()).setParameter("y", p.year())
                .setParameter("v", changedIn).getSingleResult();
        return new Erratum(c.what() + " " + label + " " + c.columns().get(column), plain(before), plain(after),
                changedIn, Publications.instant(version[0]), causes((String) version[1]));
    }

    @SuppressWarnings("unchecked")
    private long firstChange(Publication p, Checked c, String fkey, int column, Object before) {
        List<Object[]> history = em.createNativeQuery("SELECT from_version, to_version, " + c.columns().get(column)
                        + " FROM " + c.table().in(Tables.LIVE) + " WHERE tenant = :t AND agency = :a AND year = :y AND "
                        + "fkey = :k AND (to_version IS NULL OR to_version > :v) ORDER BY from_version")
                .setParameter("t", p.tenant()).setParameter("a", p.agency()).setParameter("y", p.year())
                .setParameter("k", fkey).setParameter("v", p.version()).getResultList();
        long previousEnd = p.version();
        for (Object[] row : history) {
            long from = ((Number) row[0]).longValue();
            if (from > p.version() && (from != previousEnd || !same(before, row[2]))) {
                return from; // a gap means the row was absent from version previousEnd on
            }
            if (row[1] == null) {
                break;
            }
            previousEnd = ((Number) row[1]).longValue();
        }
        return previousEnd;
    }

    private Map<String, Object[]> rows(Publication p, Checked c, long version) {
        Map<String, Object[]> rows = new LinkedHashMap<>();
        figures.rows(Tables.LIVE, c.table(), "fkey, " + c.label() + ", " + String.join(", ", c.columns()),
                p.tenant(), p.agency(), p.year(), version, c.fkey(), "fkey").forEach(r -> rows.put((String) r[0], r));
        return rows;
    }

    static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }

    private static Object plain(Object value) {
        return value instanceof BigDecimal b ? Numbers.norm(b) : value;
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
