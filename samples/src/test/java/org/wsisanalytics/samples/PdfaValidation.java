package org.wsisanalytics.samples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.RuleId;
import org.verapdf.processor.reports.enums.JobEndStatus;

/**
 * Validates a PDF against PDF/A-1b with veraPDF, the reference validator of the PDF Association, and
 * lists the rules it breaks in a form a failure message can show.
 */
final class PdfaValidation {

    static {
        // Registers veraPDF's own PDF model as the default foundry; once per JVM is enough.
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfaValidation() {}

    /**
     * The PDF/A-1b rules the file breaks, one line each: the clause and test number, how many objects failed
     * it, veraPDF's description and the first failing object; empty when the file conforms. A file veraPDF
     * cannot parse, or whose validation did not finish, is one line saying so.
     */
    static List<String> failedRules(Path pdf) throws IOException {
        try (VeraPDFFoundry foundry = Foundries.defaultInstance();
                PDFAParser parser = foundry.createParser(pdf.toFile(), PDFAFlavour.PDFA_1_B);
                PDFAValidator validator = foundry.createValidator(PDFAFlavour.PDFA_1_B, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failures = new ArrayList<>();
            if (result.getJobEndStatus() != JobEndStatus.NORMAL) {
                failures.add("validation ended " + result.getJobEndStatus());
            }
            Map<String, TestAssertion> firstFailure = new TreeMap<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    firstFailure.putIfAbsent(rule(assertion.getRuleId()), assertion);
                }
            }
            Map<String, Integer> counts = new TreeMap<>();
            result.getFailedChecks().forEach((rule, count) -> counts.put(rule(rule), count));
            counts.forEach((rule, count) -> {
                TestAssertion example = firstFailure.get(rule);
                failures.add(rule + " (" + count + "x)"
                        + (example == null
                                ? ""
                                : ": " + example.getMessage() + " at "
                                        + example.getLocation().getContext()));
            });
            if (failures.isEmpty() && !result.isCompliant()) {
                failures.add("not compliant, but veraPDF names no failed rule");
            }
            return failures;
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            return List.of("veraPDF cannot validate " + pdf.getFileName() + ": " + e);
        }
    }

    private static String rule(RuleId rule) {
        return "rule " + rule.getClause() + "-" + rule.getTestNumber();
    }
}
