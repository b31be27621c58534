package id.kinerja.planning.domain;

/** Level of a pemda. */
public enum RegionType {
    PROVINSI, KABUPATEN, KOTA
}
