package id.kinerja.commons.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles an endpoint (method or whole resource) admits, where they differ from the service default
 * (reads: every role within its scope; writes: {@code kinerja.security.write-roles}). With
 * {@code writesOnly}, reads keep the default. Tenant and agency scope are checked in any case.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Access {
    String[] value();

    boolean writesOnly() default false;
}
