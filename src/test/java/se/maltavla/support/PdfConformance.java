package se.maltavla.support;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.verapdf.core.ModelParsingException;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF's validation of a PDF against PDF/UA-1 and PDF/A-3u, as the tests of the year-end's
 * documents use it: the rules a PDF breaks, each with its clause and what was found.
 */
public final class PdfConformance {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfConformance() {}

    /** The failed rules for PDF/UA-1; empty when the PDF conforms. */
    public static List<String> pdfUa(byte[] pdf) {
        return failures(pdf, PDFAFlavour.PDFUA_1);
    }

    /** The failed rules for PDF/A-3u; empty when the PDF conforms. */
    public static List<String> pdfA(byte[] pdf) {
        return failures(pdf, PDFAFlavour.PDFA_3_U);
    }

    private static List<String> failures(byte[] pdf, PDFAFlavour flavour) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failed = new ArrayList<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    failed.add(assertion.getRuleId().getClause() + "-"
                            + assertion.getRuleId().getTestNumber() + ": " + assertion.getMessage() + " ("
                            + assertion.getLocation().getContext() + ")");
                }
            }
            return failed;
        } catch (ModelParsingException | ValidationException | java.io.IOException e) {
            throw new IllegalStateException("veraPDF could not read the PDF", e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
