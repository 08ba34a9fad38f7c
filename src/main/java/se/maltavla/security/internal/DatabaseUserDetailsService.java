package se.maltavla.security.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
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

    /**
     * One read by the unique key, on every API request (HTTP Basic): it joins a caller's
     * transaction but opens none of its own, since on PostgreSQL a transaction's COMMIT is one
     * more round trip per request and a single read is consistent on its own.
     */
    @Override
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public UserDetails loadUserByUsername(String username) {
        var stored = users.find(username).orElseThrow(() -> new UsernameNotFoundException("No user " + username));
        return new SignedInUser(stored);
    }
}
