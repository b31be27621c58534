package id.kinerja.planning.domain;

import id.kinerja.events.planning.IndicatorPayload;
import id.kinerja.events.planning.RenstraPayload;

import java.util.List;

/** The Renstra tree frozen at the moment a newer version replaced it. */
public record RenstraSnapshot(List<RenstraPayload.Objective> objectives, List<IndicatorPayload> indicators) {
}
