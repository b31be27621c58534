package id.kinerja.commons.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.kinerja.events.EventCodec;
import io.quarkus.hibernate.orm.JsonFormat;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;

/**
 * JSON columns are written with the event codec's mapper, not the REST one: exact decimals, ISO dates,
 * unknown fields tolerated, so what is stored reads back exactly as it was, whatever the REST settings.
 */
@JsonFormat
@PersistenceUnitExtension
public class JsonColumnFormatMapper implements FormatMapper {

    @Override
    @SuppressWarnings("unchecked")
    public <T> T fromString(CharSequence value, JavaType<T> javaType, WrapperOptions options) {
        if (javaType.getJavaType() == String.class) {
            return (T) value.toString(); // a String column holds JSON text as it is
        }
        try {
            return EventCodec.mapper().readValue(value.toString(),
                    EventCodec.mapper().constructType(javaType.getJavaType()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON column cannot be read as " + javaType.getTypeName(), e);
        }
    }

    @Override
    public <T> String toString(T value, JavaType<T> javaType, WrapperOptions options) {
        if (value instanceof String json) {
            return json;
        }
        try {
            return EventCodec.mapper().writerFor(EventCodec.mapper().constructType(javaType.getJavaType()))
                    .writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("value cannot be written as JSON: " + javaType.getTypeName(), e);
        }
    }
}
