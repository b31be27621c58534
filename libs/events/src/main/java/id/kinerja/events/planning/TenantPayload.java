package id.kinerja.events.planning;

/** State of a pemda (tenant): a province, regency (kabupaten) or city (kota). */
public record TenantPayload(String code, String name, String regionType, String province) {
}
