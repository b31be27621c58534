package id.kinerja.realisation.rest;

import id.kinerja.commons.security.Caller;
import io.quarkus.arc.Arc;

/** Who made a change, for the audit trail: the authenticated caller (a person or an agency system). */
final class Actors {

    private Actors() {
    }

    static String current() {
        String actor = Arc.container().instance(Caller.class).get().actor();
        return actor.length() > 255 ? actor.substring(0, 255) : actor;
    }
}
