package id.kinerja.reporting.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.commons.problem.ProblemException;
import id.kinerja.reporting.document.lkjip.LkjipDocument;
import id.kinerja.reporting.document.prose.Prose;
import id.kinerja.reporting.document.prose.ProseStore;
import id.kinerja.reporting.document.pk.PkDocument;
import id.kinerja.reporting.lkjip.LkjipSummary;
import id.kinerja.reporting.readmodel.AgencyView;
import id.kinerja.reporting.readmodel.TenantView;
import id.kinerja.reporting.store.StoredFigures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.enterprise.context.control.ActivateRequestContext;
import org.jboss.logging.Logger;

import java.time.Instant;

/**
 * The documents of an agency-year at one figures version: served from {@code rendered_document} when rendered
 * from those figures, else rendered now from the stored LKjIP summary of that version and stored.
 */
@ApplicationScoped
public class Documents {

    private static final Logger LOG = Logger.getLogger(Documents.class);

    @Inject
    StoredFigures figures;
    @Inject
    RenderedDocuments rendered;
    @Inject
    ObjectMapper mapper;
    @Inject
    ProseStore proseStore;

    /** A file and the figures version it shows. */
    public record File(byte[] content, long version, Format format, String name) {
    }

    /** The figures version a request names ({@code asOf}: an earlier one); 404 without figures. */
    public RenderedDocuments.Version version(String tenant, String agency, int year, Instant asOf) {
        long number = figures.figuresVersion(tenant, agency, year, asOf);
        return rendered.version(tenant, agency, year, number).orElseThrow(() ->
                ProblemException.notFound("figures version of agency " + agency + " for", String.valueOf(year)));
    }

    /** The agency's prose in force at {@code asOf} (null: now). */
    public Prose prose(String tenant, String agency, int year, Instant asOf) {
        return proseStore.at(tenant, agency, year, asOf);
    }

    /** The version of an LKjIP file: its figures version and, once the agency wrote prose, the prose version. */
    public static String tag(RenderedDocuments.Version v, Prose prose) {
        return prose.version() == 0 ? String.valueOf(v.number()) : v.number() + "-" + prose.version();
    }

    public File lkjip(String tenant, String agency, int year, Format format, RenderedDocuments.Version figures,
                      Prose prose) {
        RenderedDocuments.Key key = new RenderedDocuments.Key(tenant, agency, year, "lkjip", format);
        // a stored file of other prose does not match the digest and is rendered again
        RenderedDocuments.Version v = prose.version() == 0 ? figures : new RenderedDocuments.Version(figures.number(),
                figures.computedAt(), figures.digest() + "/p" + prose.version());
        byte[] content = rendered.find(key, v).orElseGet(() -> render(key, v, prose, LkjipDocument::of));
        return new File(content, v.number(), format, "LKjIP-" + agency + "-" + year + "." + format.extension());
    }

    /** A PK version ({@code versionNo} null: the latest) of the PKs held in the summary of the figures version. */
    public File pk(String tenant, String agency, int year, String code, Integer versionNo, Format format,
                   RenderedDocuments.Version v) {
        DocumentSource probe = source(tenant, agency, year, v, Prose.NONE);
        LkjipSummary.Pk pk = probe.summary().chapterII().perjanjianKinerja().stream()
                .filter(p -> p.code().equals(code)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Perjanjian Kinerja", code));
        int no = versionNo == null ? pk.versions().get(pk.versions().size() - 1).versionNo() : versionNo;
        if (pk.versions().stream().noneMatch(x -> x.versionNo() == no)) {
            throw ProblemException.notFound("version of Perjanjian Kinerja " + code, String.valueOf(no));
        }
        RenderedDocuments.Key key = new RenderedDocuments.Key(tenant, agency, year, "pk/" + code + "/" + no, format);
        byte[] content = rendered.find(key, v).orElseGet(() -> render(key, v, Prose.NONE,
                src -> PkDocument.of(src, pk, no)));
        return new File(content, v.number(), format, "PK-" + code + "-" + year + "-v" + no + "." + format.extension());
    }

    /**
     * Renders the current version's LKjIP and the latest version of the head's PK (the one without a parent) in
     * both formats unless stored; for the background job. Cascaded PKs render on their first download.
     */
    @ActivateRequestContext
    public void prerender(String tenant, String agency, int year) {
        RenderedDocuments.Version v = version(tenant, agency, year, null);
        Prose prose = prose(tenant, agency, year, null);
        for (Format format : Format.values()) {
            lkjip(tenant, agency, year, format, v, prose);
        }
        for (LkjipSummary.Pk pk : source(tenant, agency, year, v, Prose.NONE).summary().chapterII().perjanjianKinerja()) {
            if (pk.parentCode() == null) {
                for (Format format : Format.values()) {
                    pk(tenant, agency, year, pk.code(), null, format, v);
                }
            }
        }
    }

    @ActivateRequestContext
    public boolean anyRendered(String tenant, String agency, int year) {
        return rendered.anyRendered(tenant, agency, year);
    }

    private byte[] render(RenderedDocuments.Key key, RenderedDocuments.Version v, Prose prose,
                          java.util.function.Function<DocumentSource, Doc> compose) {
        long start = System.nanoTime();
        DocumentSource src = source(key.tenant(), key.agency(), key.year(), v, prose);
        byte[] content = key.format().write(compose.apply(src));
        long millis = (System.nanoTime() - start) / 1_000_000;
        rendered.store(key, v, content, millis);
        LOG.infof("rendered %s at figures version %d: %d kB in %d ms", key, v.number(), content.length / 1024, millis);
        return content;
    }

    DocumentSource source(String tenant, String agency, int year, RenderedDocuments.Version v, Prose prose) {
        String json = figures.lkjipAt(tenant, agency, year, v.number());
        LkjipSummary summary;
        try {
            summary = mapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(json, LkjipSummary.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored LKjIP summary unreadable: " + e.getOriginalMessage(), e);
        }
        AgencyView a = AgencyView.findById(new AgencyView.Key(tenant, agency));
        TenantView t = TenantView.findById(tenant);
        return new DocumentSource(summary, a == null ? agency : a.name, t == null ? tenant : t.name, v.number(),
                v.computedAt(), prose);
    }
}
