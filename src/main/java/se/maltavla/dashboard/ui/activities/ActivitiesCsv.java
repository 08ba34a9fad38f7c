package se.maltavla.dashboard.ui.activities;

import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import se.maltavla.activity.Activity;
import se.maltavla.activity.LinkedElement;
import se.maltavla.shared.table.Cell;
import se.maltavla.shared.table.TableTarget;
import se.maltavla.shared.table.TableWriter;

/**
 * The view's export: one row per activity shown, with the import file's column names where it
 * has them (docs/import-contract.md §6) and the guideline check's failed criteria ({@code |}-separated
 * codes; empty when met, {@code ?} when the check could not be made).
 */
final class ActivitiesCsv {

    static final List<String> HEADER = List.of(
            "kommun",
            "ar",
            "typ",
            "aktivitet_kod",
            "namn",
            "namnd",
            "partner",
            "land",
            "startdatum",
            "slutdatum",
            "budget_sek",
            "extern_finansiering_sek",
            "finansiar",
            "kopplingar",
            "perspektiv",
            "riktlinjer_brister");

    private ActivitiesCsv() {}

    static void write(ActivityFacts facts, Writer out) {
        write(facts, TableTarget.csv(out));
    }

    static void write(ActivityFacts facts, TableTarget out) {
        try (TableWriter csv = out.open(HEADER)) {
            for (Activity a : facts.activities()) {
                String failures = !facts.guidelinesKnown()
                        ? "?"
                        : facts.failed(a).stream().sorted().map(c -> c.code()).collect(Collectors.joining("|"));
                csv.row(
                        facts.municipality(),
                        facts.year(),
                        a.type().code(),
                        a.code(),
                        a.name(),
                        a.committee(),
                        a.partner(),
                        a.countryCodes().isEmpty() ? null : String.join("|", a.countryCodes()),
                        date(a.start()),
                        date(a.end()),
                        a.budgetSek(),
                        a.externalFundingSek(),
                        a.funder(),
                        codes(a.links()),
                        codes(a.perspectives()),
                        failures);
            }
        }
    }

    private static Object date(LocalDate date) {
        return Cell.date(date);
    }

    private static String codes(List<LinkedElement> elements) {
        return elements.stream().map(LinkedElement::code).collect(Collectors.joining("|"));
    }
}
