// Compile-only stand-in for com.atlassian.plugin:atlassian-spring-scanner-annotation:6.0.x; see src/standins/STANDINS.md
package com.atlassian.plugin.spring.scanner.annotation.export;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exports a component as an OSGi service under the given interfaces (none given: the class's interfaces, or the
 * class itself when it has none). The scanner runtime reads it reflectively, so it is kept at run time.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD})
public @interface ExportAsService {
    Class<?>[] value() default {};
}
