package id.kinerja.events.planning;

import id.kinerja.events.plan.PkParty;

import java.util.List;

/**
 * The organisation profile of an agency as of a year (BAB I of the LKjIP): legal basis, address, tugas and
 * fungsi, the head of agency, staff counts per golongan, education and grade (kelas jabatan), isu strategis.
 * Counts are held per category; totals are computed by whoever prints them.
 */
public record OrganisationProfilePayload(String agencyCode, int year, String legalBasis, String address,
                                         String tugas, List<String> fungsi, PkParty head,
                                         List<StaffCount> staffByGolongan, List<StaffCount> staffByEducation,
                                         List<StaffCount> staffByGrade, List<String> isuStrategis) {

    /** One row of a staff table: a category (golongan III, S1, kelas 9) and its head count. */
    public record StaffCount(String category, int count) {
    }
}
