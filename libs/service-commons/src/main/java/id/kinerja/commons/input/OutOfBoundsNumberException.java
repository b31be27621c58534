package id.kinerja.commons.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

import java.math.BigDecimal;

/** A JSON number beyond {@link NumberLimits}; the reason is written for the client. */
public class OutOfBoundsNumberException extends InvalidFormatException {

    private final String reason;

    public OutOfBoundsNumberException(JsonParser parser, String reason) {
        super(parser, "number out of bounds: " + reason, null, BigDecimal.class);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
