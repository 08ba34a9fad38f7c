package se.maltavla.security.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Spring Security's view of app_user: log-in by user name (any case), password hash, roles, and
 * the security version that {@link SessionRights} checks sessions against.
 */
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
        return new SignedInUser(stored);
    }
}
