package id.kinerja.commons.input;

import id.kinerja.commons.problem.Problem;
import id.kinerja.commons.problem.ProblemException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedMap;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks every path and query parameter of the matched resource method against its declared type with
 * {@link ParameterValues}, in all services, before the method runs: a malformed flag or number is a 400
 * naming the parameter, never a silent default.
 */
public class StrictParameters {

    private enum Source { PATH, QUERY }

    private record Declared(Source source, String name, Class<?> type) {
    }

    private final Map<Method, List<Declared>> declared = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void check(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return;
        }
        MultivaluedMap<String, String> path = request.getUriInfo().getPathParameters();
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        for (Declared parameter : declared.computeIfAbsent(method, StrictParameters::declaredBy)) {
            List<String> values = (parameter.source() == Source.PATH ? path : query).get(parameter.name());
            if (values == null) {
                continue;
            }
            for (String value : values) {
                String violation = parameter.source() == Source.PATH ? ParameterValues.pathCode(parameter.name(), value)
                        : null;
                if (violation == null) {
                    violation = ParameterValues.violation(parameter.type(), value);
                }
                if (violation != null) {
                    String shown = value.length() > 100 ? value.substring(0, 100) + "…" : value;
                    throw ProblemException.badRequest("The " + (parameter.source() == Source.PATH ? "path" : "query")
                            + " parameter '" + parameter.name() + "' must be " + violation,
                            List.of(new Problem.FieldError(parameter.name(), "must be " + violation, shown)));
                }
            }
        }
    }

    private static List<Declared> declaredBy(Method method) {
        List<Declared> found = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            add(found, parameter.getAnnotations(), parameter.getType(), parameter.getName());
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Class<?> type = parameter.getType(); type != null && type != Object.class; type = type.getSuperclass()) {
                    for (Field field : type.getDeclaredFields()) {
                        add(found, field.getAnnotations(), field.getType(), field.getName());
                    }
                }
            }
        }
        return List.copyOf(found);
    }

    private static void add(List<Declared> found, Annotation[] annotations, Class<?> type, String javaName) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof PathParam p) {
                found.add(new Declared(Source.PATH, p.value(), type));
            } else if (annotation instanceof QueryParam q) {
                found.add(new Declared(Source.QUERY, q.value(), type));
            } else if (annotation instanceof RestPath p) {
                found.add(new Declared(Source.PATH, p.value().isEmpty() ? javaName : p.value(), type));
            } else if (annotation instanceof RestQuery q) {
                found.add(new Declared(Source.QUERY, q.value().isEmpty() ? javaName : q.value(), type));
            }
        }
    }
}
