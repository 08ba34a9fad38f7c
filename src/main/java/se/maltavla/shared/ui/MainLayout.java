package se.maltavla.shared.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** The frame of every view after the login: a header (name, who is logged in, language, log out) and the view. */
@PermitAll
public class MainLayout extends Div implements RouterLayout {

    private final Main content = new Main();

    public MainLayout(AuthenticationContext authentication) {
        Span name = new Span("Måltavla");
        name.getStyle().set("font-size", "var(--lumo-font-size-l)").set("font-weight", "600");
        Span user = new Span(getTranslation("layout.signedin", authentication.getPrincipalName().orElse("")));
        user.setId("signed-in-user");
        Button logout = new Button(getTranslation("layout.logout"), e -> authentication.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        HorizontalLayout bar = new HorizontalLayout(name, user, new LanguageSwitch(), logout);
        bar.setWidthFull();
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        bar.expand(name);
        Header header = new Header(bar);
        header.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        add(header, content);
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.removeAll();
        if (view != null) {
            content.getElement().appendChild(view.getElement());
        }
    }
}
