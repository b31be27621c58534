package id.kinerja.reporting.api;

import id.kinerja.reporting.rollup.RollupCache;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Answers a cached dashboard with its ETag, or 304 when the caller already holds that representation. */
final class CachedJson {

    private CachedJson() {
    }

    static Response answer(RollupCache.Cached cached, String ifNoneMatch) {
        if (ifNoneMatch != null && matches(ifNoneMatch, cached.etag())) {
            return Response.notModified().header(HttpHeaders.ETAG, cached.etag()).build();
        }
        return Response.ok(cached.json(), MediaType.APPLICATION_JSON_TYPE).header(HttpHeaders.ETAG, cached.etag())
                .build();
    }

    /** {@code If-None-Match}: a list of (possibly weak) tags or {@code *}; weak comparison, as RFC 9110 asks. */
    private static boolean matches(String header, String etag) {
        for (String tag : header.split(",")) {
            String t = tag.trim();
            if (t.equals("*") || (t.startsWith("W/") ? t.substring(2) : t).equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
