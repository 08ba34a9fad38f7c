package se.maltavla.shared.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import se.maltavla.shared.i18n.Messages;

/**
 * Date pickers in the UI's language, with dates written as Måltavla writes them everywhere
 * (YYYY-MM-DD), weeks starting on Monday.
 */
public final class DatePickers {

    private DatePickers() {}

    /** A date picker with its label, in the language of the UI it is made in. */
    public static DatePicker localized(String label) {
        DatePicker picker = new DatePicker(label);
        Locale locale = picker.getLocale();
        picker.setI18n(i18n(locale)
                .setToday(picker.getTranslation("selection.date.today"))
                .setCancel(picker.getTranslation("selection.date.cancel")));
        picker.setLocale(locale);
        return picker;
    }

    private static DatePicker.DatePickerI18n i18n(Locale locale) {
        Locale language = Messages.formatting(locale);
        Function<TextStyle, List<String>> weekdays = style -> Arrays.stream(new DayOfWeek[] {
                    DayOfWeek.SUNDAY,
                    DayOfWeek.MONDAY,
                    DayOfWeek.TUESDAY,
                    DayOfWeek.WEDNESDAY,
                    DayOfWeek.THURSDAY,
                    DayOfWeek.FRIDAY,
                    DayOfWeek.SATURDAY
                })
                .map(d -> d.getDisplayName(style, language))
                .toList();
        return new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values())
                        .map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, language))
                        .toList())
                .setWeekdays(weekdays.apply(TextStyle.FULL))
                .setWeekdaysShort(weekdays.apply(TextStyle.SHORT))
                .setFirstDayOfWeek(1)
                .setDateFormat("yyyy-MM-dd");
    }
}
