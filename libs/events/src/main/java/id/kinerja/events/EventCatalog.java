package id.kinerja.events;

import id.kinerja.events.planning.AgencyPayload;
import id.kinerja.events.planning.TenantPayload;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every event type Kinerja publishes. Adding a type here is what makes it part of the contract. */
public final class EventCatalog {

    public static final EventType<TenantPayload> TENANT_UPSERTED =
            new EventType<>("tenant.upserted", "tenant", 1, Topics.PLANNING, TenantPayload.class);
    public static final EventType<AgencyPayload> AGENCY_UPSERTED =
            new EventType<>("agency.upserted", "agency", 1, Topics.PLANNING, AgencyPayload.class);

    private static final Map<String, EventType<?>> BY_NAME = List.<EventType<?>>of(TENANT_UPSERTED, AGENCY_UPSERTED)
            .stream().collect(Collectors.toUnmodifiableMap(EventType::name, Function.identity()));

    private EventCatalog() {
    }

    public static Optional<EventType<?>> find(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    public static Map<String, EventType<?>> all() {
        return BY_NAME;
    }
}
