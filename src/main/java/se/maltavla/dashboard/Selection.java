package se.maltavla.dashboard;

import java.time.LocalDate;

/**
 * What the dashboard shows: a municipality's plan year at an evaluation date.
 *
 * @param municipality the four-digit municipality code
 * @param year the plan year
 * @param date the evaluation date chosen; null for the plan year's default date (docs/fulfilment.md §0.3)
 */
public record Selection(String municipality, int year, LocalDate date) {}
