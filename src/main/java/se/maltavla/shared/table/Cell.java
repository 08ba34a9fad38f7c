package se.maltavla.shared.table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A cell whose workbook form differs from its CSV form. The CSV keeps its contract (codes, figures
 * rounded as they always were, ISO dates); the workbook gets the typed value: a fraction shown as a
 * percent, a date cell, a status in words. Plain cells need no wrapper: a String is text in both
 * (a code such as 0114 stays text), a BigDecimal, Integer or Long a number, null an empty cell.
 */
public sealed interface Cell {

    /** What the CSV writes for this cell. */
    Object csv();

    /** A share, unrounded (0.8113), shown as a percent with one decimal ("81,1 %") in the workbook. */
    record Percent(BigDecimal fraction, Object csv) implements Cell {}

    /** A date: ISO in the CSV, a date cell in the workbook. */
    record Day(LocalDate date) implements Cell {
        @Override
        public Object csv() {
            return date.toString();
        }
    }

    /** A date and time (Swedish time): {@code csv} as the CSV writes it, a date-time cell in the workbook. */
    record Moment(LocalDateTime time, Object csv) implements Cell {}

    /** A coded value: its code in the CSV (programs read it), the word in the workbook (people read it). */
    record Word(String code, String word) implements Cell {
        @Override
        public Object csv() {
            return code;
        }
    }

    /** A fraction (0..1, unrounded); {@code csv} is what the CSV writes. Null fraction: just {@code csv}. */
    static Object fraction(BigDecimal fraction, Object csv) {
        return fraction == null ? csv : new Percent(fraction, csv);
    }

    /** A value already in percent (66.67, unrounded); {@code csv} is what the CSV writes. */
    static Object percent(BigDecimal percent, Object csv) {
        return percent == null ? csv : new Percent(percent.movePointLeft(2), csv);
    }

    static Object date(LocalDate date) {
        return date == null ? null : new Day(date);
    }

    static Object time(LocalDateTime time, Object csv) {
        return time == null ? csv : new Moment(time, csv);
    }

    /** A code and its word; the code itself when there is no word for it. */
    static Object word(String code, String word) {
        return code == null ? null : new Word(code, word == null || word.isBlank() ? code : word);
    }
}
