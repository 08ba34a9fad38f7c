package se.maltavla.security.ui;

import com.vaadin.flow.component.html.Paragraph;
import se.maltavla.security.UserChangeRejectedException;

/**
 * The answer to a change of users or passwords, in a live region so that screen readers read
 * it: what was done, or why it was refused (in the user's language).
 */
class Feedback extends Paragraph {

    Feedback() {
        setId("feedback");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
        addClassName("feedback");
    }

    /** Runs a change; says {@code done} when it went through, else the rule it broke. */
    boolean attempt(Runnable change, String done) {
        try {
            change.run();
            show(done, false);
            return true;
        } catch (UserChangeRejectedException e) {
            show(getTranslation(e.key(), e.arguments()), true);
            return false;
        }
    }

    private void show(String text, boolean error) {
        setText(text);
        getElement().getClassList().set("feedback-error", error);
        getElement().getClassList().set("feedback-done", !error);
    }
}
