package id.kinerja.reporting.findings;

import id.kinerja.reporting.snapshot.AgencyYearSnapshot;

import java.util.List;

/** One finding type, checked over an agency-year snapshot. Pure. */
public interface FindingRule {

    FindingCode code();

    List<Finding> check(AgencyYearSnapshot snapshot);
}
