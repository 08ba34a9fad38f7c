package se.maltavla.fulfilment.calculator;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A measured value: its period, the day the period ends, its length rank (1 year … 5 month). */
public record ValueInput(String period, LocalDate periodEnd, int periodRank, BigDecimal number, Boolean yes) {}
