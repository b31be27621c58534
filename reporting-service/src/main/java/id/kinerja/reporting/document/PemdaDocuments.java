package id.kinerja.reporting.document;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.commons.problem.ProblemException;
import id.kinerja.reporting.document.lkjip.PemdaLkjipDocument;
import id.kinerja.reporting.document.lkjip.PemdaSource;
import id.kinerja.reporting.lkjip.LkjipSummary;
import id.kinerja.reporting.readmodel.AgencyView;
import id.kinerja.reporting.readmodel.TenantView;
import id.kinerja.reporting.rollup.PemdaDashboard;
import id.kinerja.reporting.snapshot.Tables;
import id.kinerja.reporting.store.StoredFigures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The pemda LKjIP at one version of the stored pemda roll-up (official, through Q4): stored in
 * {@code rendered_document} under the agency {@code *}, rendered on the first request for that version.
 */
@ApplicationScoped
public class PemdaDocuments {

    private static final Logger LOG = Logger.getLogger(PemdaDocuments.class);
    static final String PEMDA = "*";

    @Inject
    DataSource dataSource;
    @Inject
    StoredFigures figures;
    @Inject
    RenderedDocuments rendered;
    @Inject
    ObjectMapper mapper;

    private record Rollup(long version, Instant computedAt, String dashboard, String findings) {
    }

    /** The roll-up version in force at {@code asOf} (null: now); 404 without one. */
    public RenderedDocuments.Version version(String tenant, int year, Instant asOf) {
        Rollup r = rollup(tenant, year, asOf);
        return new RenderedDocuments.Version(r.version(), r.computedAt(), "pemda@" + r.computedAt().toEpochMilli());
    }

    @ActivateRequestContext
    public Documents.File lkjip(String tenant, int year, Format format, Instant asOf) {
        Rollup r = rollup(tenant, year, asOf);
        RenderedDocuments.Version v = new RenderedDocuments.Version(r.version(), r.computedAt(),
                "pemda@" + r.computedAt().toEpochMilli());
        RenderedDocuments.Key key = new RenderedDocuments.Key(tenant, PEMDA, year, "lkjip", format);
        byte[] content = rendered.find(key, v).orElseGet(() -> {
            long start = System.nanoTime();
            byte[] file = format.write(PemdaLkjipDocument.of(source(tenant, year, r)));
            long millis = (System.nanoTime() - start) / 1_000_000;
            rendered.store(key, v, file, millis);
            LOG.infof("rendered %s at roll-up version %d: %d kB in %d ms", key, v.number(), file.length / 1024, millis);
            return file;
        });
        return new Documents.File(content, v.number(), format, "LKjIP-" + tenant + "-" + year + "."
                + format.extension());
    }

    private PemdaSource source(String tenant, int year, Rollup r) {
        ObjectMapper read = mapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try {
            PemdaDashboard rollup = read.readValue(r.dashboard(), PemdaDashboard.class);
            Map<String, Integer> findings = new TreeMap<>(read.readValue(r.findings(),
                    new TypeReference<Map<String, Integer>>() {
                    }));
            List<PemdaSource.Agency> agencies = new ArrayList<>();
            for (PemdaDashboard.AgencyLine line : rollup.agencies()) {
                // each agency's figures version in force when the roll-up version was computed
                long version;
                LkjipSummary summary;
                try {
                    version = figures.figuresVersion(tenant, line.agency(), year, r.computedAt());
                    summary = read.readValue(figures.lkjipAt(tenant, line.agency(), year, version), LkjipSummary.class);
                } catch (ProblemException noSummary) { // an agency without a Renstra has no LKjIP to summarise
                    continue;
                }
                AgencyView a = AgencyView.findById(new AgencyView.Key(tenant, line.agency()));
                agencies.add(new PemdaSource.Agency(line.agency(), a == null ? line.agency() : a.name, version,
                        summary));
            }
            TenantView t = TenantView.findById(tenant);
            return new PemdaSource(tenant, t == null ? tenant : t.name, year, r.version(), r.computedAt(), rollup,
                    findings, agencies);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("stored pemda roll-up unreadable: " + e.getMessage(), e);
        }
    }

    private Rollup rollup(String tenant, int year, Instant asOf) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement("SELECT version, "
                + "computed_at, dashboard, findings FROM " + Tables.LIVE.pemdaFigure() + " WHERE tenant = ? AND year = ? "
                + "AND official AND through = 4 AND " + (asOf == null ? "superseded_at IS NULL"
                : "computed_at <= ? AND (superseded_at IS NULL OR superseded_at > ?)"))) {
            q.setString(1, tenant);
            q.setInt(2, year);
            if (asOf != null) {
                q.setTimestamp(3, Timestamp.from(asOf));
                q.setTimestamp(4, Timestamp.from(asOf));
            }
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    throw ProblemException.notFound("pemda roll-up of " + tenant + " for", String.valueOf(year));
                }
                return new Rollup(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
