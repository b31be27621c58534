package id.kinerja.reporting.replay;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionScoped;

/**
 * Points the replay's transactions at the shadow tables: on the replay thread, every transaction starts with
 * {@code SET LOCAL search_path} so the projections' unqualified table names resolve to {@value ShadowTables#SHADOW}
 * (tables not rebuilt, like the outbox, still resolve to {@code public}). The projections stay unaware of it.
 */
@ApplicationScoped
public class ShadowSearchPath {

    private static final ThreadLocal<Boolean> ACTIVE = ThreadLocal.withInitial(() -> false);

    @Inject
    EntityManager em;

    static void activate() {
        ACTIVE.set(true);
    }

    static void deactivate() {
        ACTIVE.remove();
    }

    void transactionBegun(@Observes @Initialized(TransactionScoped.class) Object transaction) {
        if (ACTIVE.get()) {
            em.createNativeQuery("SELECT set_config('search_path', '" + ShadowTables.SHADOW + ", public', true)")
                    .getSingleResult();
        }
    }
}
