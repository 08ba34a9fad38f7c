package se.maltavla.yearend.content;

import se.maltavla.fulfilment.IndicatorFigures;
import se.maltavla.fulfilment.ResultRow;

/**
 * An indicator with its figures as locked: the value used, its period and source, baseline,
 * target, fulfilment and status (all from the snapshot's result row), and from its plan row the unit.
 *
 * @param committee its nämnd's name
 * @param unit {@code enhet} as written; null when none was given
 * @param direction {@code oka} or {@code minska}; null for a milestone or when unknown
 */
public record IndicatorLine(ResultRow row, String committee, String goalCode, String unit, String direction) {

    /** The indicator's own figures (value used, baseline, target, forecast, source). */
    public IndicatorFigures figures() {
        return row.indicator();
    }

    /** Whether it is a milestone ({@code ja_nej}) rather than a number. */
    public boolean milestone() {
        return "ja_nej".equals(row.type());
    }
}
