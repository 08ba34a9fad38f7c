package se.maltavla.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Map;

/**
 * Password fields in the application's language: the reveal button of Vaadin's password field is
 * named by the web component's own {@code i18n.reveal} ("Show password"), which Flow's
 * {@code PasswordFieldI18n} does not carry, so it is set here.
 */
public final class PasswordFields {

    private PasswordFields() {}

    /** A password field with a label, its reveal button named in the UI's language. */
    public static PasswordField of(String label) {
        return translated(new PasswordField(label));
    }

    public static PasswordField translated(PasswordField field) {
        field.getElement().setPropertyMap("i18n", Map.of("reveal", field.getTranslation("password.reveal")));
        return field;
    }

    /**
     * The same for the password fields a web component renders itself once it is shown (the
     * login form's): waits a few frames for them.
     */
    public static void translateInside(Component component) {
        component.getElement().executeJs("""
                const apply = tries => {
                  const fields = this.querySelectorAll('vaadin-password-field');
                  if (fields.length === 0 && tries > 0) { requestAnimationFrame(() => apply(tries - 1)); return; }
                  for (const field of fields) { field.i18n = {...field.i18n, reveal: $0}; }
                };
                apply(120);""", component.getTranslation("password.reveal"));
    }
}
