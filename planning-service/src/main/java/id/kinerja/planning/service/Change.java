package id.kinerja.planning.service;

/** What an upsert by natural key did. */
public enum Change {
    CREATED, UPDATED, UNCHANGED
}
