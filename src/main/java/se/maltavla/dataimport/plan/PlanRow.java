package se.maltavla.dataimport.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import se.maltavla.dataimport.row.RowValues.DateOrYesNo;

/** One validated handlingsplan row: an indicator of a goal of a committee's plan year. */
record PlanRow(
        long line,
        String municipality,
        long strategyId,
        String committee,
        int year,
        String goalCode,
        String goalText,
        Set<Long> goalLinks,
        String indicatorCode,
        String indicatorName,
        String unit,
        String type,
        String direction,
        BigDecimal baseline,
        BigDecimal targetNumber,
        Boolean targetYes,
        LocalDate targetDate,
        boolean targetDateGiven,
        BigDecimal weight,
        String owner,
        String executor,
        DateOrYesNo anchored,
        DateOrYesNo reported,
        Set<Long> perspectives) {}
