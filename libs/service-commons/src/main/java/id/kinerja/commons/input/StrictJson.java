package id.kinerja.commons.input;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * How every service reads a request body: one JSON value, nothing after it, no key twice, no silent
 * conversions (1.9 is not the quarter 1, 2 is not {@code true}, "" is not "absent", "12" is not 12, 20250101
 * is not a date), and no
 * number beyond {@link NumberLimits}. Applied to the Quarkus mapper by {@link StrictJsonCustomizer} and to
 * any mapper a service uses to read client documents itself (the bulk row reader).
 */
public final class StrictJson {

    /** Request documents are shallow (a plan import is about six levels); 5 000 levels only cost stack. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** Characters of one number literal: 20 + 10 digits, a sign, a point and an exponent fit comfortably. */
    public static final int MAX_NUMBER_LENGTH = 64;

    private StrictJson() {
    }

    public static ObjectMapper configure(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .build());
        mapper.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.disable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT);

        // numbers are JSON numbers: no "12", no "" meaning null
        for (LogicalType type : new LogicalType[]{LogicalType.Integer, LogicalType.Float}) {
            mapper.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        // a flag is true or false: not 2, not 0.5, not "" (the strings "true" and "false" stay accepted: CSV cells are text)
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        // text is a JSON string: 123 or true in a code field is a client mistake worth naming
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Enum)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        for (LogicalType type : new LogicalType[]{LogicalType.DateTime, LogicalType.POJO, LogicalType.Collection,
                LogicalType.Map, LogicalType.Array}) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }

        mapper.registerModule(new SimpleModule("kinerja-bounded-numbers")
                .addDeserializer(BigDecimal.class, new BoundedDecimalDeserializer())
                .addDeserializer(LocalDate.class, new StrictLocalDateDeserializer()));
        return mapper;
    }
}
