package id.kinerja.reporting.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.net.URI;

/**
 * A Content-Security-Policy for the dashboard's own files (the API keeps its {@code default-src 'none'}): scripts,
 * styles and requests from this origin only (no CDN, no inline script), plus the OIDC issuer, whose discovery
 * document and token endpoint the browser calls during sign-in. The files are revalidated on every load.
 */
@ApplicationScoped
public class DashboardHeaders {

    void install(@Observes Router router, DashboardConfig config) {
        String csp = policy(config.oidc().issuer().map(DashboardHeaders::origin).orElse(null));
        router.route().order(Integer.MIN_VALUE).handler(rc -> {
            String path = rc.normalizedPath();
            if (path.equals("/") || path.equals("/index.html") || path.startsWith("/dashboard/")) {
                rc.response().putHeader("Content-Security-Policy", csp);
                // revalidate (304 when unchanged) so a new release is picked up at once, not a day later
                rc.addHeadersEndHandler(v -> rc.response().headers().set("Cache-Control", "no-cache"));
            }
            rc.next();
        });
    }

    static String policy(String issuerOrigin) {
        return "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
                + "connect-src 'self'" + (issuerOrigin == null ? "" : " " + issuerOrigin)
                + "; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    }

    static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getAuthority();
    }
}
