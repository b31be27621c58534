package id.kinerja.realisation.rest;

import id.kinerja.commons.problem.ProblemException;

import java.util.Locale;
import java.util.Map;

/**
 * The CSV delimiter of a push, by name ({@code delimiter=semicolon}) or as the character itself. Names exist
 * because a bare {@code ;} or a tab in a URL is easy to get wrong in a shell or an HTTP client.
 */
final class Delimiters {

    static final String DESCRIPTION = "CSV delimiter: comma (default), semicolon, tab or pipe, or the character "
            + "itself URL-encoded (e.g. %3B)";

    private static final Map<String, Character> NAMES = Map.of("comma", ',', "semicolon", ';', "tab", '\t',
            "pipe", '|');

    private Delimiters() {
    }

    static char parse(String value) {
        Character named = NAMES.get(value.toLowerCase(Locale.ROOT));
        if (named != null) {
            return named;
        }
        if (value.length() == 1 && value.charAt(0) >= 0x20 && value.charAt(0) < 0x7f && value.charAt(0) != '"'
                || value.equals("\t")) {
            return value.charAt(0);
        }
        throw ProblemException.badRequest("delimiter", "comma, semicolon, tab or pipe, or one printable ASCII "
                + "character other than '\"'");
    }
}
