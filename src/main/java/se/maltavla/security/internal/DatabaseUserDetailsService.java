package se.maltavla.security.internal;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Spring Security's view of app_user: log-in by user name (any case), password hash, roles. */
@Service
class DatabaseUserDetailsService implements UserDetailsService {

    private final UserRepository users;

    DatabaseUserDetailsService(UserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        var stored = users.find(username).orElseThrow(() -> new UsernameNotFoundException("No user " + username));
        return User.withUsername(stored.user().username())
                .password(stored.passwordHash())
                .roles(stored.user().role().grantedRoles())
                .disabled(!stored.user().enabled())
                .build();
    }
}
