package se.maltavla.dashboard.ui.goal;

import java.util.Optional;
import se.maltavla.dashboard.ui.DashboardContext;

/** The id in a goal's or an indicator's address, and how the chosen municipality is named in messages. */
final class SubjectId {

    private SubjectId() {}

    /** The id in "mal/42"; empty for anything but a positive whole number. */
    static Optional<Long> parse(String id) {
        if (id == null || !id.matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        long value = Long.parseLong(id);
        return value > 0 ? Optional.of(value) : Optional.empty();
    }

    /** "1081 Ronneby", or the code alone when the name is unknown. */
    static String municipality(DashboardContext context) {
        String code = context.municipality();
        return context.municipalities().stream().filter(m -> m.code().equals(code)).findFirst()
                .map(m -> m.name() == null ? code : code + " " + m.name()).orElse(code);
    }
}
