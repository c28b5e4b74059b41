package io.retentiondesk.testing;

import io.retentiondesk.core.RetentionEngine;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The app's own {@code atlassian-plugin.xml} as the build filtered it, read from the directory the app's classes
 * were compiled to. Not {@code getResource("/atlassian-plugin.xml")}: the wired tests' descriptor
 * (src/test/resources/atlassian-plugin.xml) has the same name, and the test classes come first on the classpath.
 */
public final class AppDescriptor {
    private AppDescriptor() {
    }

    /** target/classes/atlassian-plugin.xml (or wherever {@code rd.buildDir} put the classes). */
    public static Path path() {
        try {
            Path classes = Path.of(RetentionEngine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path descriptor = classes.resolve("atlassian-plugin.xml");
            if (!Files.isDirectory(classes) || !Files.isRegularFile(descriptor)) {
                throw new IllegalStateException("no atlassian-plugin.xml beside the app's classes in " + classes);
            }
            return descriptor;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static InputStream open() throws IOException {
        return Files.newInputStream(path());
    }
}
