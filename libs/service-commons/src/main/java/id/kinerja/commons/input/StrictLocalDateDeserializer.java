package id.kinerja.commons.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A date is an ISO string ({@code "2025-12-31"}). Jackson's own reader also takes a number as days since
 * 1970 ({@code 20250101} is the year 57414), an array as year, month, day, and an empty array as "no date".
 */
public class StrictLocalDateDeserializer extends StdScalarDeserializer<LocalDate> {

    static final String EXPECTED = "expected a date like 2025-12-31";

    public StrictLocalDateDeserializer() {
        super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
        }
        String text = p.getText();
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ctxt.weirdStringException(text, LocalDate.class, EXPECTED);
        }
    }
}
