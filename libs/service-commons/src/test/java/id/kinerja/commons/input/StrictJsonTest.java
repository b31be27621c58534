package id.kinerja.commons.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The reading rules of {@link StrictJson}, one line per surprise it removes, with the field and reason the client gets. */
class StrictJsonTest {

    record Row(String agencyCode, Integer quarter, BigDecimal value, Boolean provisional, LocalDate dated,
               List<Row> children) {
    }

    static final ObjectMapper MAPPER = StrictJson.configure(JsonMapper.builder().addModule(new JavaTimeModule()).build());

    static JsonErrors.Failure refused(String json) {
        JsonProcessingException e = catchThrowableOfType(JsonProcessingException.class,
                () -> MAPPER.readValue(json, Row.class));
        assertThat(e).as(json).isNotNull();
        JsonErrors.Failure failure = JsonErrors.describe(e);
        assertThat(failure.message()).as(json).doesNotContain("Feature", "`", "jackson", "StreamReadConstraints");
        return failure;
    }

    @Test
    void refusedWithTheFieldAndAReason() {
        Object[][] table = {
                {"{\"value\":1e1000000}", "value", "number out of bounds: at most 20 digits before the decimal point"},
                {"{\"value\":1e400}", "value", "number out of bounds: at most 20 digits before the decimal point"},
                {"{\"value\":-1e21}", "value", "number out of bounds: at most 20 digits before the decimal point"},
                {"{\"value\":0.00000000001}", "value", "number out of bounds: at most 10 digits after the decimal point"},
                {"{\"value\":1e-1000000}", "value", "number out of bounds: at most 10 digits after the decimal point"},
                {"{\"value\":\"12\"}", "value", "expected a number"},
                {"{\"value\":NaN}", "value", "NaN and Infinity are not JSON numbers (line 1, column 13)"},
                {"{\"quarter\":1.9}", "quarter", "expected a whole number"},
                {"{\"quarter\":\"\"}", "quarter", "expected a whole number"},
                {"{\"provisional\":2}", "provisional", "expected true or false"},
                {"{\"provisional\":\"\"}", "provisional", "expected true or false"},
                {"{\"agencyCode\":123}", "agencyCode", "expected a text value"},
                {"{\"dated\":20250101}", "dated", "expected a date like 2025-12-31"},
                {"{\"dated\":[]}", "dated", "expected a date like 2025-12-31"},
                {"{\"dated\":\"2025-13-45\"}", "dated", "expected a date like 2025-12-31"},
                {"{\"quarter\":1,\"quarter\":2}", "quarter", "duplicate field 'quarter' (line 1, column 23)"},
                {"{\"quarter\":1}}}garbage", "body", "malformed JSON: a closing bracket without its opening one (line 1, column 14)"},
                {"{\"quarter\":1} {}", "body", "unexpected content after the end of the JSON document"},
                {"{\"children\":[{\"value\":NaN}]}", "children[0].value", "NaN and Infinity are not JSON numbers (line 1, column 26)"},
                {"{\"children\":[{\"quarter\":1.5}]}", "children[0].quarter", "expected a whole number"},
        };
        for (Object[] row : table) {
            JsonErrors.Failure failure = refused((String) row[0]);
            assertThat(failure.field()).as((String) row[0]).isEqualTo(row[1]);
            assertThat(failure.message()).as((String) row[0]).isEqualTo(row[2]);
        }
    }

    @Test
    @Timeout(5)
    void deepNestingAndCommentsAreRefusedWithoutJacksonWords() {
        JsonProcessingException deep = catchThrowableOfType(JsonProcessingException.class,
                () -> MAPPER.readValue("{\"a\":" + "[".repeat(5000), Object.class));
        assertThat(JsonErrors.describe(deep).message()).isEqualTo("the document is nested deeper than 64 levels");
        assertThat(refused("/* c */{}").message()).startsWith("comments are not allowed");
    }

    @Test
    void validInputStillReads() throws Exception {
        Row row = MAPPER.readValue("{\"agencyCode\":\"DISNAKER\",\"quarter\":2,\"value\":12345678901234567890.0123456789,"
                + "\"provisional\":\"true\",\"dated\":\"2025-12-31\"}", Row.class);
        assertThat(row.value()).isEqualByComparingTo("12345678901234567890.0123456789");
        assertThat(row.provisional()).isTrue();
        assertThat(MAPPER.readValue("{\"value\":1E+3}", Row.class).value()).isEqualByComparingTo("1000");
        assertThat(MAPPER.readValue("{\"value\":1.50000000000000}", Row.class).value()).isEqualByComparingTo("1.5");
    }
}
