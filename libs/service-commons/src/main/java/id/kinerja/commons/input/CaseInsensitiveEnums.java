package id.kinerja.commons.input;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Enumerations in path and query parameters are read in any case ({@code numberFormat=id} is {@code ID}):
 * integrators write them as they see them in URLs. A value that names no constant never reaches this converter:
 * {@link StrictParameters} answers 400 naming the parameter and the allowed values first.
 */
@Provider
public class CaseInsensitiveEnums implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (!rawType.isEnum()) {
            return null;
        }
        return (ParamConverter<T>) new Converter(rawType);
    }

    private record Converter<E extends Enum<E>>(Class<E> type) implements ParamConverter<E> {

        @Override
        public E fromString(String value) {
            if (value == null) {
                return null;
            }
            E constant = ParameterValues.enumConstant(type, value);
            if (constant == null) {
                throw new IllegalArgumentException(value + " is not one of " + type.getSimpleName());
            }
            return constant;
        }

        @Override
        public String toString(E value) {
            return value == null ? null : value.name();
        }
    }
}
