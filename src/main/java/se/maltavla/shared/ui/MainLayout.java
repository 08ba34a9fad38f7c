package se.maltavla.shared.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** The frame of every view after the login: the name, who is logged in, the language, log out. */
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication) {
        Span name = new Span("Måltavla");
        name.addClassName("app-name");
        name.getStyle().set("font-size", "var(--lumo-font-size-l)").set("font-weight", "600");

        Span user = new Span(getTranslation("layout.signedin", authentication.getPrincipalName().orElse("")));
        user.setId("signed-in-user");
        Button logout = new Button(getTranslation("layout.logout"), e -> authentication.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        HorizontalLayout bar = new HorizontalLayout(name, user, new LanguageSwitch(), logout);
        bar.setWidthFull();
        bar.setPadding(true);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        bar.expand(name);
        addToNavbar(bar);
    }
}
