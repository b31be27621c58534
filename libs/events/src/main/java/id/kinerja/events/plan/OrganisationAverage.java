package id.kinerja.events.plan;

import java.util.List;

/** Which indicators count in the organisation-level average capaian: all IKU, or the listed codes. */
public record OrganisationAverage(Mode mode, List<String> indicatorCodes) {

    public enum Mode { IKU, LISTED }
}
