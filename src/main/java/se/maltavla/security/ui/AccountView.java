package se.maltavla.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import se.maltavla.security.UserChangeRejectedException;
import se.maltavla.security.UserService;
import se.maltavla.shared.ui.MainLayout;
import se.maltavla.shared.ui.Page;
import se.maltavla.shared.ui.PasswordFields;

/** Mitt konto: any signed-in user changes the own password, given the current one. */
@Route(value = "konto", layout = MainLayout.class)
@PermitAll
class AccountView extends Page {

    AccountView(UserService users) {
        super("account");
        top(getTranslation("account.title"));
        PasswordField current = PasswordFields.of(getTranslation("account.current"));
        current.setId("current-password");
        PasswordField next = PasswordFields.of(getTranslation("account.new"));
        next.setId("new-password");
        next.setHelperText(getTranslation("users.password.helper", UserService.MIN_PASSWORD_LENGTH));
        PasswordField repeat = PasswordFields.of(getTranslation("account.repeat"));
        repeat.setId("repeat-password");
        Feedback feedback = new Feedback();
        Button save = new Button(
                getTranslation("account.save"),
                e -> feedback.attempt(
                        () -> {
                            if (!next.getValue().equals(repeat.getValue())) {
                                throw new UserChangeRejectedException("account.mismatch");
                            }
                            users.changeOwnPassword(current.getValue(), next.getValue());
                            current.clear();
                            next.clear();
                            repeat.clear();
                        },
                        getTranslation("account.saved")));
        save.setId("save-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(current, next, repeat);
        form.setMaxWidth("28em");
        add(form, save, feedback);
    }
}
