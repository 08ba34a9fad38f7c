package se.maltavla.activity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An international activity of a municipality as imported (docs/import-contract.md §6).
 *
 * @param committee the nämnd's name; null when none is given
 * @param partner the {@code partner} cell as written; null when empty
 * @param partners the partners read from it, each with its country (see {@link Partner#parse})
 * @param countryCode the activity's {@code land} as ISO 3166-1 alpha-2; null when not given
 * @param start null when not given (then it runs in every year up to its end)
 * @param end null for an activity that goes on
 * @param links the strategy elements it serves ({@code kopplingar})
 * @param perspectives the perspectives it takes ({@code perspektiv})
 * @param sourceFile the file it was last imported from; null when unknown
 * @param sourceFileId that file's import record; null when unknown
 */
public record Activity(
        long id,
        String code,
        ActivityType type,
        String name,
        String committee,
        String partner,
        List<Partner> partners,
        String countryCode,
        LocalDate start,
        LocalDate end,
        BigDecimal budgetSek,
        BigDecimal externalFundingSek,
        String funder,
        String owner,
        String executor,
        List<LinkedElement> links,
        List<LinkedElement> perspectives,
        String sourceFile,
        Long sourceLine,
        Long sourceFileId) {

    public Activity {
        partners = List.copyOf(partners);
        links = List.copyOf(links);
        perspectives = List.copyOf(perspectives);
    }

    /** An activity whose file's import record is not known. */
    public Activity(
            long id,
            String code,
            ActivityType type,
            String name,
            String committee,
            String partner,
            List<Partner> partners,
            String countryCode,
            LocalDate start,
            LocalDate end,
            BigDecimal budgetSek,
            BigDecimal externalFundingSek,
            String funder,
            String owner,
            String executor,
            List<LinkedElement> links,
            List<LinkedElement> perspectives,
            String sourceFile,
            Long sourceLine) {
        this(
                id,
                code,
                type,
                name,
                committee,
                partner,
                partners,
                countryCode,
                start,
                end,
                budgetSek,
                externalFundingSek,
                funder,
                owner,
                executor,
                links,
                perspectives,
                sourceFile,
                sourceLine,
                null);
    }

    /** The countries of its partners, each once, in the partners' order; its one country when the partners have none. */
    public java.util.List<String> countryCodes() {
        java.util.List<String> codes = partners.stream()
                .map(Partner::countryCode)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
        return codes.isEmpty() && countryCode != null ? java.util.List.of(countryCode) : codes;
    }

    /** Whether it has a budget or external funding to show. */
    public boolean hasFunding() {
        return budgetSek != null || externalFundingSek != null;
    }
}
