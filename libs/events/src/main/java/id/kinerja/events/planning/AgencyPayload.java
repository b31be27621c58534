package id.kinerja.events.planning;

/** State of an agency (OPD) of a tenant. */
public record AgencyPayload(String code, String name, String shortName, boolean active) {
}
