package org.wsisanalytics.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.context.properties.bind.validation.ValidationErrors;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * Explains a {@code wsis.*} setting that fails its constraint in the words the user wrote it in: the dashed name
 * ({@code wsis.ingest.max-pages}, where Spring Boot's own analysis shows the field, {@code maxPages}) and the value as
 * given ({@code 0KB}, not the bound {@code 0B}). Runs before Spring Boot's analyzer; other prefixes are left to it.
 */
class SettingsFailureAnalyzer extends AbstractFailureAnalyzer<BindValidationException> implements Ordered {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, BindValidationException cause) {
        ValidationErrors errors = cause.getValidationErrors();
        if (!errors.getName().toString().startsWith("wsis")) {
            return null;
        }
        List<String> problems = new ArrayList<>();
        for (ObjectError error : errors) {
            String name = errors.getName() + (error instanceof FieldError field ? "." + dashed(field.getField()) : "");
            problems.add("The setting " + name + "=" + given(errors, name, error) + " is invalid: it "
                    + error.getDefaultMessage());
        }
        // Bean Validation reports violations in no fixed order; the message is the same on every run.
        problems.sort(null);
        // No full stop at the end: the one-line reporter joins the action with a semicolon.
        return new FailureAnalysis(
                String.join(". ", problems),
                "Correct " + (problems.size() > 1 ? "them" : "it")
                        + " on the command line or in the application.properties beside the jar (see --help).",
                cause);
    }

    private static String given(ValidationErrors errors, String name, ObjectError error) {
        for (ConfigurationProperty property : errors.getBoundProperties()) {
            if (property.getName().toString().equals(name)) {
                return String.valueOf(property.getValue());
            }
        }
        return error instanceof FieldError field ? String.valueOf(field.getRejectedValue()) : "";
    }

    private static String dashed(String field) {
        return field.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
