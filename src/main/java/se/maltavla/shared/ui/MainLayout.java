package se.maltavla.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * The frame of every view after the login: a skip link to the page's heading, a header (name,
 * who is logged in, language, log out), the navigation between the views, and the view (a
 * {@link Page}).
 */
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    /**
     * The layout's content area keeps its scroll position between views: a link followed from low
     * on one page would open the next view half way down. Every navigation starts at the top, and
     * with focus on the new page's heading when asked ($0), so that the keyboard and a screen
     * reader continue in the new page rather than at the menu (WCAG 2.4.3).
     */
    private static final String TO_TOP = """
            window.scrollTo(0, 0);
            const content = this.shadowRoot && this.shadowRoot.querySelector('[part~="content"]');
            if (content) { content.scrollTop = 0; }
            const heading = document.getElementById($1);
            if ($0 && heading) { heading.focus({preventScroll: true}); }""";

    /** The skip link moves focus to the heading itself: the address keeps no #fragment for the router. */
    private static final String SKIP = """
            this.addEventListener('click', e => {
              const heading = document.getElementById($0);
              if (heading) { e.preventDefault(); heading.focus(); }
            });""";

    public MainLayout(AuthenticationContext authentication) {
        Span name = new Span("Måltavla");
        name.addClassName("app-name");
        Anchor user = new Anchor(
                "konto",
                getTranslation(
                        "layout.signedin", authentication.getPrincipalName().orElse("")));
        user.setId("signed-in-user");
        user.getElement().setAttribute("title", getTranslation("layout.account"));
        user.addClassName("signed-in-user");
        Button logout = new Button(getTranslation("layout.logout"), e -> authentication.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        Anchor skip = new Anchor("#" + Page.HEADING_ID, getTranslation("layout.skip"));
        skip.setId("skip-link");
        skip.addClassName("skip-link");
        skip.getElement().setAttribute("router-ignore", true);
        skip.getElement().executeJs(SKIP, Page.HEADING_ID);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu"));
        HorizontalLayout bar = new HorizontalLayout(toggle, name);
        Div spacer = new Div();
        bar.add(spacer, user, new LanguageSwitch(), logout);
        bar.setWidthFull();
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        bar.setFlexGrow(1, spacer);
        bar.addClassName("app-bar");
        bar.setWrap(true);
        addToNavbar(skip, bar);
        addToDrawer(navigation(authentication.hasRole("COORDINATOR")));
        setPrimarySection(Section.DRAWER);
    }

    /** A page loaded anew starts at the top of the document (the skip link first); any other navigation at its heading. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        boolean loaded = event.getLocationChangeEvent().getTrigger() == NavigationTrigger.PAGE_LOAD;
        getElement().executeJs(TO_TOP, !loaded, Page.HEADING_ID);
    }

    private Component navigation(boolean coordinator) {
        SideNav nav = new SideNav();
        nav.setId("navigation");
        nav.setLabel(getTranslation("nav.label"));
        nav.addItem(
                item("nav.overview", "", VaadinIcon.DASHBOARD),
                item("nav.committees", "namnder", VaadinIcon.GROUP),
                item("nav.alignment", "matris", VaadinIcon.GRID_SMALL),
                item("nav.activities", "aktiviteter", VaadinIcon.GLOBE),
                item("nav.yearend", "arsbokslut", VaadinIcon.CLIPBOARD_CHECK),
                item("nav.templates", "mallar", VaadinIcon.FILE_TABLE),
                item("nav.import", "import", VaadinIcon.UPLOAD),
                item("nav.settings", "installningar", VaadinIcon.COG));
        if (coordinator) {
            nav.addItem(item("reporter.nav.status", "rapportering", VaadinIcon.CHECK_SQUARE_O));
            nav.addItem(item("nav.users", "anvandare", VaadinIcon.USERS));
            nav.addItem(item("audit.nav", "handelselogg", VaadinIcon.CLIPBOARD_TEXT));
        }
        return nav;
    }

    private SideNavItem item(String key, String path, VaadinIcon icon) {
        SideNavItem item = new SideNavItem(getTranslation(key), path, icon.create());
        item.setId("nav-" + (path.isEmpty() ? "overview" : path));
        return item;
    }
}
