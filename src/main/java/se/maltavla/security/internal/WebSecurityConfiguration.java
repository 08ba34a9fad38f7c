package se.maltavla.security.internal;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import se.maltavla.security.ui.LoginView;

/**
 * Who may request what over HTTP. Three chains, first match wins: {@code /api/**} for programs
 * (HTTP Basic, no session, any user), the OpenAPI description for anybody, and the rest for
 * Vaadin (the login view, every other view behind a login; Vaadin's view annotations decide
 * per view). Writes are checked again in the services, whichever way a request came. Both ways of
 * logging in go through {@link LoginThrottle}; a session of the dashboard is checked against the
 * stored user on every request ({@link SessionRights}), and HTTP Basic loads the user anew on every
 * request anyway.
 */
@Configuration
@ConditionalOnWebApplication
class WebSecurityConfiguration {

    static final String API_UNAUTHORIZED = """
            {"status":401,"error":"Unauthorized","message":"Log in with HTTP Basic as a Måltavla user."}""";

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(
            HttpSecurity http,
            UserDetailsService users,
            PasswordEncoder passwords,
            LoginThrottle throttle,
            MessageSource messages)
            throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) -> {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Basic realm=\"Maltavla\"");
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8);
            response.getWriter().write(API_UNAUTHORIZED);
        };
        AuthenticationEntryPoint refused = LoginRefusals.api(unauthorized, messages);
        // Credentials come with every request: bcrypt's successes are remembered (VerifiedPasswords).
        DaoAuthenticationProvider database = new DaoAuthenticationProvider(users);
        database.setPasswordEncoder(new VerifiedPasswords(passwords));
        return http.securityMatcher("/api/**")
                .authenticationManager(new ProviderManager(new ThrottledAuthenticationProvider(database, throttle)))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(refused))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(refused))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiDescriptionFilterChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    SecurityFilterChain vaadinFilterChain(
            HttpSecurity http,
            UserDetailsService users,
            PasswordEncoder passwords,
            LoginThrottle throttle,
            SessionRights rights)
            throws Exception {
        // Vaadin 25 makes only its own resources (and styles.css) public: our @StyleSheet
        // styles/maltavla.css was 403 even after login, so every view rendered without it.
        http.authorizeHttpRequests(
                requests -> requests.requestMatchers("/styles/**").permitAll());
        DaoAuthenticationProvider database = new DaoAuthenticationProvider(users);
        database.setPasswordEncoder(passwords);
        http.authenticationManager(new ProviderManager(new ThrottledAuthenticationProvider(database, throttle)));
        // Before anything is authorised: a session whose user lost rights is ended first.
        http.addFilterAfter(new SessionRightsFilter(rights), SecurityContextHolderFilter.class);
        // An address that is no view needs a login like any view, and then reaches Vaadin, which
        // answers it with the not-found page inside the layout (Vaadin's default is a bare 403).
        http.with(
                VaadinSecurityConfigurer.vaadin(),
                vaadin -> vaadin.loginView(LoginView.class)
                        .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        // After Vaadin's configurer: configured first, the form login would not know its login page
        // yet, and Spring Security would serve its own instead of LoginView.
        http.formLogin(form -> form.failureHandler(LoginRefusals.form()));
        return http.build();
    }
}
