package se.maltavla.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.VaadinServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import se.maltavla.security.Role;
import se.maltavla.support.DatabaseTest;

/**
 * A client of its own making can send Vaadin messages over the open push websocket, where no
 * servlet filter runs: each such message is checked as an HTTP request is.
 */
class PushRightsCheckTest extends DatabaseTest {

    @Autowired
    SessionRights rights;

    @Autowired
    UserRepository users;

    @Autowired
    UserDetailsService logins;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void a_message_over_the_websocket_ends_the_session_of_a_user_made_a_viewer_and_not_before() {
        users.insert("kerstin", encoder.encode("kerstins-lösenord"), Role.COORDINATOR);
        MockHttpSession session = signedIn("kerstin");
        PushRightsCheck check = new PushRightsCheck(rights);

        check.requestStart(push(session), null);
        assertThat(session.isInvalid()).isFalse();

        users.updateRole("kerstin", Role.VIEWER);
        VaadinServletRequest filtered = uidl(session);
        filtered.setAttribute(SessionRights.CHECKED_ATTRIBUTE, Boolean.TRUE);
        check.requestStart(filtered, null);
        assertThat(session.isInvalid())
                .as("an HTTP request the filter has checked")
                .isFalse();
        check.requestStart(push(session), null);
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void a_request_that_did_not_pass_the_filter_is_checked_here() {
        users.insert("kerstin", encoder.encode("kerstins-lösenord"), Role.COORDINATOR);
        MockHttpSession session = signedIn("kerstin");
        users.updateEnabled("kerstin", false);

        new PushRightsCheck(rights).requestStart(uidl(session), null);

        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void a_session_from_before_the_check_without_a_security_version_is_ended() {
        users.insert("kerstin", encoder.encode("kerstins-lösenord"), Role.COORDINATOR);
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                        "kerstin",
                        null,
                        org.springframework.security.core.authority.AuthorityUtils.createAuthorityList(
                                "ROLE_COORDINATOR"))));

        new PushRightsCheck(rights).requestStart(push(session), null);

        assertThat(session.isInvalid()).isTrue();
    }

    private MockHttpSession signedIn(String username) {
        var user = logins.loadUserByUsername(username);
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
        return session;
    }

    private static VaadinServletRequest push(MockHttpSession session) {
        return request(session, "push");
    }

    private static VaadinServletRequest uidl(MockHttpSession session) {
        return request(session, "uidl");
    }

    private static VaadinServletRequest request(MockHttpSession session, String type) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/VAADIN/push");
        request.setParameter("v-r", type);
        request.setSession(session);
        return new VaadinServletRequest(request, null);
    }
}
