package id.kinerja.reporting.findings.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds in Indonesian narrative text the figures and claims each sentence states: percentages, Rupiah amounts
 * and counts (with the role the sentence gives them and the year they speak of), predicate words after a
 * cue ("kategori", "bernilai kinerja"...), "tercapai / tidak tercapai / melampaui target", "tidak terserap"
 * and "meningkat / menurun". Pure; what it cannot place it leaves out (role UNKNOWN, no claim).
 */
public final class ClaimExtractor {

    private static final String NUM = "\\d{1,3}(?:[.,]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?";
    private static final Pattern FIGURE = Pattern.compile("(?:(?<rp>Rp\\.?\\s*)|(?<![\\p{L}\\d.,/-]))(?<a>" + NUM + ")"
            + "(?:\\s*(?:-|–|s\\.?d\\.?|sampai(?:\\s+dengan)?|hingga)\\s*(?:Rp\\.?\\s*)?(?<b>" + NUM + "))?"
            + "(?:\\s*(?<mag>ribu|juta|miliar|milyar|triliun)\\b)?"
            + "(?:\\s*(?<pct>%|persen\\b)|\\s*(?<rupiah>rupiah\\b)|\\s+(?<unit>" + Words.COUNT_UNITS + ")\\b)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b|tahun\\s+(?:lalu|sebelumnya)");
    private static final Pattern SENTENCE_END = Pattern.compile("\\n+|(?<=[.!?;])(?<!\\bRp\\.)(?<!\\bs\\.d\\.)\\s+");

    private final List<String> predicateWords;

    /** {@code scaleLabels}: the tenant's predicate labels, recognised besides the common category words. */
    public ClaimExtractor(List<String> scaleLabels) {
        List<String> words = new ArrayList<>(Words.PREDICATES);
        scaleLabels.forEach(l -> words.add(l.toLowerCase(Locale.ROOT)));
        words.sort(Comparator.comparingInt(String::length).reversed());
        this.predicateWords = words;
    }

    public static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String s : SENTENCE_END.split(text)) {
            String clean = s.replace("**", "").replaceAll("^[\\s\\-•*]+", "").trim();
            if (!clean.isEmpty()) {
                out.add(clean);
            }
        }
        return out;
    }

    public List<Claim> extract(String text, int reportYear) {
        List<Claim> claims = new ArrayList<>();
        for (String sentence : sentences(text)) {
            claims.addAll(figures(sentence, reportYear));
            claims.addAll(statements(sentence, reportYear));
        }
        return claims;
    }

    private List<Claim> figures(String sentence, int reportYear) {
        List<Claim> out = new ArrayList<>();
        Matcher m = FIGURE.matcher(sentence);
        int segmentStart = 0;
        Integer year = null;
        while (m.find()) {
            Claim.Kind kind = m.group("rp") != null || m.group("rupiah") != null ? Claim.Kind.RUPIAH
                    : m.group("pct") != null ? Claim.Kind.PERCENT : m.group("unit") != null ? Claim.Kind.COUNT : null;
            NumberText.Parsed a = NumberText.parse(m.group("a"));
            NumberText.Parsed b = m.group("b") == null ? null : NumberText.parse(m.group("b"));
            if (kind == null || a == null || (m.group("b") != null && b == null)) {
                continue; // a bare number (a year, a code, a list item) is part of the next figure's segment
            }
            String segment = sentence.substring(segmentStart, m.start()).toLowerCase(Locale.ROOT);
            Integer named = lastYear(segment, reportYear);
            year = named != null ? named : year;
            segmentStart = m.end();
            Claim.Role role = Words.role(segment);
            if (role == Claim.Role.UNKNOWN && !out.isEmpty() && Words.SAME_FIGURE.matcher(segment).matches()) {
                // the same figure again; a percentage of a Rupiah spending is its absorption ("Rp 29.390.000 atau 44,49 %")
                Claim before = out.get(out.size() - 1);
                role = before.kind() == Claim.Kind.RUPIAH && kind == Claim.Kind.PERCENT ? Claim.Role.ABSORPTION : before.role();
            }
            Matcher ofTarget = Words.OF_TARGET.matcher(sentence.substring(m.end()).toLowerCase(Locale.ROOT));
            if (kind == Claim.Kind.PERCENT && ofTarget.lookingAt()) {
                // "72,84 % dari target" is a capaian; "101,31 % dari target Renstra" the progress to the end target
                role = ofTarget.group(1) == null ? Claim.Role.CAPAIAN : Claim.Role.UNKNOWN;
            }
            BigDecimal factor = NumberText.magnitude(m.group("mag"));
            BigDecimal high = b == null ? null : b.value().multiply(factor);
            out.add(new Claim(kind, role, a.value().multiply(factor), high, a.precision().multiply(factor),
                    kind == Claim.Kind.COUNT ? m.group("unit") : null, year, null, null, sentence));
        }
        return out;
    }

    private List<Claim> statements(String sentence, int reportYear) {
        List<Claim> out = new ArrayList<>();
        String lower = sentence.toLowerCase(Locale.ROOT);
        Matcher cue = Words.PREDICATE_CUE.matcher(lower);
        while (cue.find()) {
            String rest = lower.substring(cue.end());
            predicateWords.stream().filter(w -> rest.startsWith(w) && (rest.length() == w.length()
                    || !Character.isLetter(rest.charAt(w.length())))).findFirst().ifPresent(w -> out.add(statement(
                    Claim.Kind.PREDICATE, sentence.substring(cue.end(), cue.end() + w.length()), sentence,
                    lastYear(lower.substring(0, cue.start()), reportYear), null)));
        }
        Words.ACHIEVEMENT.forEach((kind, pattern) -> {
            Matcher m = pattern.matcher(lower);
            // "melebihi target Renstra" speaks of the end-of-period target, not of the year's capaian
            if (m.find() && !Words.END_TARGET_NEXT.matcher(lower.substring(m.end())).lookingAt()) {
                out.add(statement(kind, m.group(), sentence, lastYear(lower.substring(0, m.start()), reportYear), null));
            }
        });
        Matcher notSpent = Words.NOT_SPENT.matcher(lower);
        if (notSpent.find()) {
            out.add(statement(Claim.Kind.NOT_SPENT, notSpent.group(), sentence, null, null));
        }
        Matcher trend = Words.TREND.matcher(lower);
        if (trend.find()) {
            Integer current = lastYear(trend.group(2), reportYear);
            int now = current == null ? reportYear : current;
            Integer compared = null;
            Matcher y = YEAR.matcher(lower);
            while (y.find() && compared == null) {
                int other = y.group().startsWith("tahun") ? now - 1 : Integer.parseInt(y.group());
                compared = other != now ? other : null;
            }
            Claim.Kind kind = trend.group(3).matches("meningkat|naik|mengalami\\s+peningkatan|lebih\\s+tinggi")
                    ? Claim.Kind.INCREASED : Claim.Kind.DECREASED;
            out.add(new Claim(kind, trend.group(1).equals("realisasi") ? Claim.Role.REALISATION : Claim.Role.CAPAIAN,
                    null, null, null, null, now, compared == null ? now - 1 : compared, trend.group(3), sentence));
        }
        return out;
    }

    private static Claim statement(Claim.Kind kind, String word, String sentence, Integer year, Integer compared) {
        return new Claim(kind, Claim.Role.UNKNOWN, null, null, null, null, year, compared, word, sentence);
    }

    /** The last year a text segment names ("tahun lalu" is the year before the report year); null if none. */
    static Integer lastYear(String segment, int reportYear) {
        Matcher m = YEAR.matcher(segment);
        Integer year = null;
        while (m.find()) {
            year = m.group().startsWith("tahun") ? reportYear - 1 : Integer.parseInt(m.group());
        }
        return year;
    }
}
