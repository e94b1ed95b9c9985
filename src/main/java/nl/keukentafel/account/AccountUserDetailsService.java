package nl.keukentafel.account;

import java.util.Locale;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads staff accounts for Spring Security's password login. */
@Component
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    AccountUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String name = username.strip().toLowerCase(Locale.ROOT);
        StaffAccount account =
                accounts.findByUsername(name).orElseThrow(() -> new UsernameNotFoundException("Unknown account"));
        String hash = accounts.findPasswordHash(name).orElseThrow();
        return User.withUsername(account.username())
                .password(hash)
                .disabled(!account.enabled())
                .authorities(account.roles().stream().map(r -> r.authority()).toArray(String[]::new))
                .build();
    }
}
