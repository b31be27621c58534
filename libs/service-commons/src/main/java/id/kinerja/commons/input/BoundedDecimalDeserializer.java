package id.kinerja.commons.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;

import java.io.IOException;
import java.math.BigDecimal;

/** Reads a BigDecimal as Jackson does, then refuses it when it is beyond {@link NumberLimits}. */
public class BoundedDecimalDeserializer extends NumberDeserializers.BigDecimalDeserializer {

    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        BigDecimal value = super.deserialize(p, ctxt);
        String violation = NumberLimits.violation(value);
        if (violation != null) {
            throw new OutOfBoundsNumberException(p, violation);
        }
        return value;
    }
}
