package id.kinerja.reporting.document;

import id.kinerja.reporting.readmodel.FigureNotifier;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Renders an agency-year's LKjIP and its head's PK (PDF and DOCX), and its pemda's LKjIP, in the background once
 * a figures change is committed (an agency's LKjIP also once its prose changed), so the next download is served
 * from the stored file. A burst of changes (a bulk push) is coalesced: the job waits
 * {@code kinerja.documents.prerender.delay} after the first change, then renders the version current then; one
 * render at a time. {@code kinerja.documents.prerender}: {@code all}, {@code requested} (only agency-years whose
 * documents were downloaded before) or {@code none}.
 */
@ApplicationScoped
public class DocumentPrerender {

    private static final Logger LOG = Logger.getLogger(DocumentPrerender.class);

    @Inject
    Documents documents;
    @Inject
    PemdaDocuments pemda;
    @ConfigProperty(name = "kinerja.documents.prerender", defaultValue = "all")
    String mode;
    @ConfigProperty(name = "kinerja.documents.prerender.delay", defaultValue = "2s")
    Duration delay;

    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "document-prerender");
        t.setDaemon(true);
        return t;
    });

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) FigureNotifier.Announced event) {
        request(event.tenant(), event.change().agencyCode(), event.change().year());
        // the agency's figures are in the pemda's roll-up, so the pemda LKjIP has a new version too
        request(event.tenant(), PemdaDocuments.PEMDA, event.change().year());
    }

    /** Renders the agency-year's documents soon (a figures or prose change was committed). */
    public void request(String tenant, String agency, int year) {
        if (mode.equals("none")) {
            return;
        }
        String key = tenant + "/" + agency + "/" + year;
        if (pending.add(key)) {
            worker.schedule(() -> run(key, tenant, agency, year), delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void run(String key, String tenant, String agency, int year) {
        pending.remove(key);
        try {
            if (mode.equals("requested") && !documents.anyRendered(tenant, agency, year)) {
                return;
            }
            if (agency.equals(PemdaDocuments.PEMDA)) {
                for (Format format : Format.values()) {
                    pemda.lkjip(tenant, year, format, null);
                }
            } else {
                documents.prerender(tenant, agency, year);
            }
        } catch (id.kinerja.commons.problem.ProblemException noFigures) {
            LOG.debugf("no documents for %s: %s", key, noFigures.getMessage());
        } catch (RuntimeException e) {
            LOG.warnf(e, "rendering the documents of %s failed; they render on the next download", key);
        }
    }

    void stop(@Observes ShutdownEvent event) {
        worker.shutdownNow();
    }
}
