package id.kinerja.reporting.readmodel;

/**
 * A pemda's name or province changed (fired inside the projection's transaction; roll-up caches act after
 * commit). {@code previousProvince}: the province it belonged to before, if any, whose roll-up changed too.
 */
public record PemdaChanged(String tenant, String previousProvince) {
}
