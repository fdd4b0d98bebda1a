package org.wsisanalytics.app;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Keeps the flat setting names of 0.1.0 working for one release: each one that is set is copied to its name in
 * a group, unless that name is set too, and a warning names the replacement. The same renames are declared in
 * {@code additional-spring-configuration-metadata.json}, where IDEs show them. Remove in the release after next.
 */
class RenamedSettings implements EnvironmentPostProcessor, Ordered {

    /** Old name to new name. Every old value is valid under the new name (a plain number of bytes is a size). */
    static final Map<String, String> RENAMED = renamed();

    static final String SOURCE_NAME = "wsis-renamed-settings";

    private final Log log;

    RenamedSettings(DeferredLogFactory logs) {
        this.log = logs.getLog(RenamedSettings.class);
    }

    private static Map<String, String> renamed() {
        Map<String, String> renamed = new LinkedHashMap<>();
        renamed.put("wsis.max-file-bytes", "wsis.ingest.max-file-size");
        renamed.put("wsis.max-pages", "wsis.ingest.max-pages");
        renamed.put("wsis.max-text-chars", "wsis.ingest.max-text-chars");
        renamed.put("wsis.chunk-size", "wsis.job.chunk-size");
        renamed.put("wsis.threads", "wsis.job.threads");
        renamed.put("wsis.report-batch-documents", "wsis.report.batch-documents");
        renamed.put("wsis.action-lines-file", "wsis.reference.action-lines-file");
        renamed.put("wsis.country-aliases-file", "wsis.reference.country-aliases-file");
        renamed.put("wsis.themes-file", "wsis.reference.themes-file");
        return Collections.unmodifiableMap(renamed);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> copied = new LinkedHashMap<>();
        RENAMED.forEach((old, current) -> {
            String value = environment.getProperty(old);
            if (value == null) {
                return;
            }
            if (environment.containsProperty(current)) {
                log.warn("The setting " + old + " is deprecated and was ignored, since " + current
                        + " is set too; remove " + old + ".");
            } else {
                log.warn("The setting " + old + " is deprecated and will be removed in the next release; write "
                        + current + " instead.");
                copied.put(current, value);
            }
        });
        if (!copied.isEmpty()) {
            environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, copied));
        }
    }

    /** After the configuration files are loaded, so that an old name in an application.properties is seen. */
    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER + 1;
    }
}
