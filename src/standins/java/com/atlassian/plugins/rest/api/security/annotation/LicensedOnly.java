// Compile-only stand-in for com.atlassian.plugins.rest:atlassian-rest-v2-api (Platform 8); see src/standins/STANDINS.md
package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface LicensedOnly {
}
