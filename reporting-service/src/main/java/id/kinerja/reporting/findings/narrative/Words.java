package id.kinerja.reporting.findings.narrative;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The Indonesian words the claim extractor recognises: roles of a figure, category words, claim phrases. */
final class Words {

    static final String COUNT_UNITS = "orang|unit|paket|kasus|perusahaan|dokumen|laporan|ikm|umkm|pelaku usaha"
            + "|peserta|pencari kerja|tenaga kerja|kali|buah|lokasi|pasar|koperasi|jiwa|kk|sertifikat|titik";

    /** Category words of the predicate scales in use (Permendagri 54/2010, PermenPAN-RB, atribut scales). */
    static final List<String> PREDICATES = List.of("sangat berhasil", "cukup berhasil", "kurang berhasil",
            "tidak berhasil", "berhasil", "sangat tinggi", "tinggi", "sedang", "sangat rendah", "rendah",
            "sangat baik", "baik", "cukup baik", "cukup", "sangat kurang", "kurang", "sangat memuaskan",
            "memuaskan", "kurang memuaskan", "istimewa");

    static final Pattern PREDICATE_CUE = Pattern.compile("\\b(?:kategori|predikat|kriteria|bernilai\\s+kinerja"
            + "|nilai\\s+kinerja|berkategori|berpredikat|tergolong)\\s+(?:dalam\\s+)?(?:kategori\\s+)?(?:yang\\s+)?"
            + "[\"'“]?");

    static final Map<Claim.Kind, Pattern> ACHIEVEMENT = new LinkedHashMap<>();

    static {
        ACHIEVEMENT.put(Claim.Kind.NOT_ACHIEVED, Pattern.compile(
                "\\b(?:tidak|belum)\\s+(?:dapat\\s+|bisa\\s+)?(?:tercapai(?:nya)?|mencapai\\s+target|memenuhi\\s+target)\\b"));
        ACHIEVEMENT.put(Claim.Kind.EXCEEDED, Pattern.compile("\\b(?:melampaui|melebihi)\\s+(?:dari\\s+)?target\\b"));
        ACHIEVEMENT.put(Claim.Kind.ACHIEVED, Pattern.compile("(?<!tidak\\s)(?<!belum\\s)\\b(?:target\\s+(?:telah\\s+"
                + "|sudah\\s+)?tercapai|(?:telah|sudah)\\s+tercapai|berhasil\\s+mencapai\\s+target)\\b(?!\\s*\\d)"));
    }

    static final Pattern NOT_SPENT = Pattern.compile("\\b(?:tidak|belum)\\s+(?:ada\\s+)?(?:terserap|terealisasi"
            + "|direalisasikan|dilakukan|dilaksanakan|dibelanjakan)\\b|\\btidak\\s+ada\\s+realisasi\\b");

    static final Pattern TREND = Pattern.compile("\\b(capaian|realisasi|kinerja)\\b((?:(?!capaian|realisasi|kinerja)[^.;]){0,80}?)\\b(meningkat|menurun"
            + "|naik|turun|mengalami\\s+peningkatan|mengalami\\s+penurunan|lebih\\s+tinggi|lebih\\s+rendah)\\b");

    /** What may stand between two ways of writing one figure. */
    static final Pattern SAME_FIGURE = Pattern.compile("\\s*(?:atau|\\(|/|atau\\s+sebesar|yaitu|setara\\s+dengan)?\\s*");

    /** What follows a target named as the Renstra's or the end-of-period one. */
    static final Pattern END_TARGET_NEXT = Pattern.compile("[^.;]{0,40}?(?:renstra|akhir)");

    /** A percentage "of the target" (group 1: of the Renstra's or end-of-period target). */
    static final Pattern OF_TARGET = Pattern.compile("\\s*(?:dari|terhadap)\\s+(?:target|sasaran)\\b"
            + "(?:[^.;]{0,50}?(renstra|akhir))?");

    private static final Map<Pattern, Claim.Role> ROLES = new LinkedHashMap<>();

    static {
        ROLES.put(Pattern.compile("target\\s+akhir|akhir\\s+(?:periode\\s+)?renstra"), Claim.Role.END_TARGET);
        ROLES.put(Pattern.compile("\\btarget|ditargetkan"), Claim.Role.TARGET);
        ROLES.put(Pattern.compile("\\brealisasi|terealisasi"), Claim.Role.REALISATION);
        ROLES.put(Pattern.compile("(?:realisasi|penyerapan|serapan)\\s+(?:anggaran|belanja|keuangan)|serapan|terserap"),
                Claim.Role.ABSORPTION);
        ROLES.put(Pattern.compile("\\bcapaian|tercapai|dicapai"), Claim.Role.CAPAIAN);
        ROLES.put(Pattern.compile("\\bpagu|\\banggaran|alokasi"), Claim.Role.PAGU);
        ROLES.put(Pattern.compile("meningkat|menurun|\\bnaik|\\bturun|kenaikan|penurunan|peningkatan|selisih"
                + "|bertambah|berkurang|menjadi"), Claim.Role.CHANGE);
    }

    private Words() {
    }

    /** The role of the keyword closest before the figure (the one that ends last in the segment). */
    static Claim.Role role(String segment) {
        Claim.Role role = Claim.Role.UNKNOWN;
        int best = -1;
        for (Map.Entry<Pattern, Claim.Role> e : ROLES.entrySet()) {
            Matcher m = e.getKey().matcher(segment);
            while (m.find()) {
                if (m.end() > best) {
                    best = m.end();
                    role = e.getValue();
                }
            }
        }
        return role;
    }
}
