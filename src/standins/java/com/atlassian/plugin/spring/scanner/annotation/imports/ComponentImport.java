// Compile-only stand-in for com.atlassian.plugin:atlassian-spring-scanner-annotation:6.0.x; see src/standins/STANDINS.md
package com.atlassian.plugin.spring.scanner.annotation.imports;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a constructor parameter or field as an OSGi service the host provides. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.FIELD})
public @interface ComponentImport {
    /** The bean name to import under, when two imports share a type name (SLACK ComponentImports.java:54). */
    String value() default "";
}
