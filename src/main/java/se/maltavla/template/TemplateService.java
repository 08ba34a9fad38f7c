package se.maltavla.template;

import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The templates (docs/templates.md). They show only what any signed-in user may read in the
 * dashboard and the API (plans, indicators, values), so every role may have them.
 *
 * <p>{@code year} is always the plan year chosen: an utfall template is for its periods; a
 * handlingsplan template is for {@code year + 1}, pre-filled with {@code year}'s goals.
 */
public interface TemplateService {

    /**
     * The nämnder of a municipality's plan year (those with goals in it), as written in the plans,
     * in alphabetical order.
     *
     * @throws TemplateException ({@code NOT_FOUND}) for an unknown municipality or a year without plans
     */
    @PreAuthorize("isAuthenticated()")
    List<String> committees(String municipality, int year);

    /**
     * One workbook: for one nämnd (any nämnd the municipality has had, written in any case), or for
     * every nämnd of the plan year when {@code committee} is null.
     *
     * @param language of the instructions sheet (Swedish unless English)
     * @throws TemplateException for an unknown municipality, plan year or nämnd, a locked year, too many rows, or
     *     every slot busy
     */
    @PreAuthorize("isAuthenticated()")
    TemplateFile workbook(TemplateKind kind, String municipality, int year, String committee, Locale language);

    /**
     * A zip of one workbook per nämnd of the plan year.
     *
     * @throws TemplateException as {@link #workbook}
     */
    @PreAuthorize("isAuthenticated()")
    TemplateFile everyCommittee(TemplateKind kind, String municipality, int year, Locale language);
}
