package se.maltavla.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.maltavla.security.AppUser;
import se.maltavla.security.KnownCommittees;
import se.maltavla.security.ReporterBinding;
import se.maltavla.security.Role;
import se.maltavla.security.UserService;
import se.maltavla.shared.table.Cell;
import se.maltavla.shared.table.TableWriter;
import se.maltavla.shared.ui.MainLayout;
import se.maltavla.shared.ui.Page;
import se.maltavla.shared.ui.PasswordFields;

/**
 * Användare: the coordinator adds users, changes their role, disables them and sets new
 * passwords. Every change is checked again in {@link UserService}; a refused change says why.
 * The coordinator's own row only shows: the own role and account are changed by another
 * coordinator, the own password under Mitt konto.
 */
@Route(value = "anvandare", layout = MainLayout.class)
@RolesAllowed("COORDINATOR")
class UsersView extends Page {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final UserService users;
    private final String signedIn;
    private final Div list = new Div();
    private final Feedback feedback = new Feedback();
    private final KnownCommittees committees;

    UsersView(
            UserService users,
            AuthenticationContext authentication,
            org.springframework.beans.factory.ObjectProvider<KnownCommittees> committees) {
        super("users");
        this.users = users;
        this.committees = committees.getIfAvailable(() -> KnownCommittees.NONE);
        this.signedIn = authentication.getPrincipalName().orElse("");
        Map<Role, String> roles = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            roles.put(role, getTranslation("role." + role.code()));
        }
        top(getTranslation("users.title"))
                .exports("anvandare", out -> {
                    Map<String, ReporterBinding> bindings = users.bindings();
                    try (TableWriter csv =
                            out.open(List.of("anvandare", "roll", "aktiv", "skapad", "kommun", "namnder"))) {
                        users.listUsers().forEach(u -> {
                            ReporterBinding b = bindings.getOrDefault(u.username(), ReporterBinding.NOTHING);
                            LocalDateTime created = u.createdAt()
                                    .atZoneSameInstant(ZoneId.of("Europe/Stockholm"))
                                    .toLocalDateTime();
                            csv.row(
                                    u.username(),
                                    Cell.word(u.role().code(), roles.get(u.role())),
                                    u.enabled() ? "ja" : "nej",
                                    Cell.time(created, WHEN.format(created)),
                                    b.municipality() == null ? "" : b.municipality(),
                                    String.join("|", b.committees()));
                        });
                    }
                })
                .lead(getTranslation("users.intro"));
        add(feedback, newUser(), list);
        showUsers();
    }

    private Component newUser() {
        TextField name = new TextField(getTranslation("users.username"));
        name.setId("new-username");
        Select<Role> role = roleSelect();
        role.setId("new-role");
        role.setValue(Role.VIEWER);
        PasswordField password = PasswordFields.of(getTranslation("users.password"));
        password.setId("new-password");
        password.setHelperText(getTranslation("users.password.helper", UserService.MIN_PASSWORD_LENGTH));
        ReporterFields binding = new ReporterFields(committees, null);
        binding.setId("new-binding");
        binding.municipality().setId("new-municipality");
        binding.committees().setId("new-committees");
        binding.setVisible(false);
        role.addValueChangeListener(e -> binding.setVisible(e.getValue() == Role.REPORTER));
        Button add = new Button(
                getTranslation("users.add"),
                e -> feedback.attempt(
                        () -> {
                            if (role.getValue() == Role.REPORTER) {
                                users.createReporter(name.getValue(), password.getValue(), binding.binding());
                            } else {
                                users.createUser(name.getValue(), role.getValue(), password.getValue());
                            }
                            name.clear();
                            password.clear();
                            showUsers();
                        },
                        getTranslation("users.added", name.getValue())));
        add.setId("add-user");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, role, password, binding, add);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return new Section(new H2(getTranslation("users.new")), form);
    }

    private void showUsers() {
        list.removeAll();
        list.add(new H2(getTranslation("users.list")));
        Map<String, ReporterBinding> bindings = users.bindings();
        for (AppUser user : users.listUsers()) {
            list.add(row(user, bindings.getOrDefault(user.username(), ReporterBinding.NOTHING)));
        }
    }

    private Component row(AppUser user, ReporterBinding bound) {
        Select<Role> role = roleSelect();
        role.setValue(user.role());
        role.setAriaLabel(getTranslation("users.role.of", user.username()));
        role.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                feedback.attempt(
                        () -> users.changeRole(user.username(), e.getValue()),
                        getTranslation("users.changed", user.username()));
                showUsers();
            }
        });
        Checkbox enabled = new Checkbox(getTranslation("users.enabled"), user.enabled());
        enabled.setAriaLabel(getTranslation("users.enabled.of", user.username()));
        enabled.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                feedback.attempt(
                        () -> users.setEnabled(user.username(), e.getValue()),
                        getTranslation("users.changed", user.username()));
                showUsers();
            }
        });
        PasswordField password = PasswordFields.translated(new PasswordField());
        password.setAriaLabel(getTranslation("users.newpassword.of", user.username()));
        password.setPlaceholder(getTranslation("users.newpassword"));
        Button set = new Button(
                getTranslation("users.setpassword"),
                e -> feedback.attempt(
                        () -> {
                            users.resetPassword(user.username(), password.getValue());
                            password.clear();
                        },
                        getTranslation("users.passwordset", user.username())));
        set.getElement().setAttribute("aria-label", getTranslation("users.setpassword.of", user.username()));
        Div name = new Div(user.username());
        name.addClassName("user-name");
        HorizontalLayout row = new HorizontalLayout(name, role, enabled);
        boolean self =
                user.username().toLowerCase(Locale.ROOT).equals(signedIn.trim().toLowerCase(Locale.ROOT));
        if (self) {
            role.setReadOnly(true);
            enabled.setReadOnly(true);
            Paragraph note = new Paragraph(getTranslation("users.self"));
            note.addClassName("user-self");
            row.add(note);
        } else {
            row.add(password, set);
        }
        if (user.role() == Role.REPORTER && !self) {
            ReporterFields binding = new ReporterFields(committees, user.username());
            binding.show(bound);
            Button save = new Button(getTranslation("reporter.users.save"), e -> {
                feedback.attempt(
                        () -> users.changeBinding(user.username(), binding.binding()),
                        getTranslation("users.changed", user.username()));
                showUsers();
            });
            save.getElement().setAttribute("aria-label", getTranslation("reporter.users.save.of", user.username()));
            save.addClassName("save-binding");
            row.add(binding, save);
        }
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        row.addClassName("user-row");
        row.getElement().setAttribute("data-user", user.username());
        return row;
    }

    private Select<Role> roleSelect() {
        Select<Role> role = new Select<>();
        role.setLabel(getTranslation("users.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        return role;
    }
}
