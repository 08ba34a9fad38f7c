package se.maltavla.security.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What holds in every mode, the web application and the headless commands alike: services
 * check {@code @PreAuthorize} themselves, and passwords are hashed with bcrypt (stored with
 * their {@code {bcrypt}} prefix, so that a later algorithm can take over without a migration).
 * The commands (jobs/import, the nightly run) never call a checked method: they have no user.
 */
@Configuration
@EnableMethodSecurity
class MethodSecurityConfiguration {

    /**
     * Refusals of checked methods are published as Spring events, for the audit log's record of
     * refused attempts (audit.internal.RefusalRecorder).
     */
    @Bean
    org.springframework.security.authorization.AuthorizationEventPublisher authorizationEventPublisher(
            org.springframework.context.ApplicationEventPublisher events) {
        return new org.springframework.security.authorization.SpringAuthorizationEventPublisher(events);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
