package id.kinerja.reporting.store;

import id.kinerja.commons.problem.ProblemException;
import id.kinerja.reporting.snapshot.Tables;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/**
 * The stored documents of an agency-year as the API serves them (JSON text written when they were computed),
 * current or as of an instant.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StoredFigures {

    @Inject
    FigureReader reader;

    public String dashboard(String tenant, String agency, int year, int through, boolean official, boolean compare,
                            Instant asOf) {
        String key = key(official, through);
        long version = figuresVersion(tenant, agency, year, asOf);
        Object[] row = reader.rows(Tables.LIVE, FigureTable.AGENCY, "dashboard, comparisons", tenant, agency, year,
                version, key, "fkey").stream().findFirst().orElseThrow(() -> noRenstra(agency, year));
        String dashboard = (String) row[0];
        // comparisons are the dashboard's last property, omitted when absent
        return compare ? dashboard.substring(0, dashboard.length() - 1) + ",\"comparisons\":" + row[1] + "}"
                : dashboard;
    }

    public String explain(String tenant, String agency, int year, int through, boolean official, String code,
                          Instant asOf) {
        String key = key(official, through) + "/" + code;
        long version = figuresVersion(tenant, agency, year, asOf);
        return reader.text(Tables.LIVE, FigureTable.INDICATOR, "explanation", tenant, agency, year, version, key).orElseThrow(() -> ProblemException.notFound("indicator", code));
    }

    /** The findings as a JSON array; none when nothing is known of the agency-year. */
    public String findings(String tenant, String agency, int year, Instant asOf) {
        return reader.version(Tables.LIVE, tenant, agency, year, asOf, false)
                .map(v -> "[" + String.join(",", reader.rows(Tables.LIVE, FigureTable.FINDING, "finding", tenant,
                        agency, year, v, "%", "seq").stream().map(r -> (String) r[0]).toList()) + "]")
                .orElse("[]");
    }

    public String lkjip(String tenant, String agency, int year, Instant asOf) {
        long version = figuresVersion(tenant, agency, year, asOf);
        return reader.text(Tables.LIVE, FigureTable.LKJIP, "summary", tenant, agency, year, version, "lkjip")
                .orElseThrow(() -> noRenstra(agency, year));
    }

    /** The LKjIP at a given figures version (a publication's). */
    public String lkjipAt(String tenant, String agency, int year, long version) {
        return reader.text(Tables.LIVE, FigureTable.LKJIP, "summary", tenant, agency, year, version, "lkjip")
                .orElseThrow(() -> noRenstra(agency, year));
    }

    /** When a figures version of the agency-year was computed (an export's cover says so). */
    public Instant computedAt(String tenant, String agency, int year, long version) {
        return reader.computedAt(Tables.LIVE, tenant, agency, year, version);
    }

    public long figuresVersion(String tenant, String agency, int year, Instant asOf) {
        return reader.version(Tables.LIVE, tenant, agency, year, asOf).orElseThrow(() -> noRenstra(agency, year));
    }

    public static int through(int through) {
        if (through < 1 || through > 4) {
            throw ProblemException.badRequest("through", "a quarter 1-4");
        }
        return through;
    }

    static String key(boolean official, int through) {
        return (official ? "O" : "S") + through(through);
    }

    private static ProblemException noRenstra(String agency, int year) {
        return ProblemException.notFound("Renstra of agency " + agency + " covering", String.valueOf(year));
    }

}
