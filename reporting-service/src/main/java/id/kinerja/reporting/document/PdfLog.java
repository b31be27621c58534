package id.kinerja.reporting.document;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import org.jboss.logging.Logger;

import java.util.logging.Level;

/** openhtmltopdf's own log to the service log, warnings only (its INFO is a line per font and stylesheet). */
final class PdfLog implements XRLogger {

    private static final Logger LOG = Logger.getLogger("com.openhtmltopdf");

    @Override
    public void log(String where, Level level, String msg) {
        log(where, level, msg, null);
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
        if (level.intValue() >= Level.WARNING.intValue()) {
            LOG.warnf(th, "%s: %s", where, msg);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return diagnostic.getLevel().intValue() >= Level.WARNING.intValue();
    }
}
