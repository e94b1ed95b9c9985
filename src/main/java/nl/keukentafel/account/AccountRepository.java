package nl.keukentafel.account;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.keukentafel.security.StaffRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AccountRepository {

    private static final String COLUMNS = "id, username, display_name, roles, enabled, created_at";

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<StaffAccount> findAll() {
        return jdbc.sql("select " + COLUMNS + " from staff_account order by username limit 1000")
                .query(AccountRepository::map)
                .list();
    }

    Optional<StaffAccount> findById(AccountId id) {
        return jdbc.sql("select " + COLUMNS + " from staff_account where id = :id")
                .param("id", id.value())
                .query(AccountRepository::map)
                .optional();
    }

    Optional<StaffAccount> findByUsername(String username) {
        return jdbc.sql("select " + COLUMNS + " from staff_account where username = :username")
                .param("username", username)
                .query(AccountRepository::map)
                .optional();
    }

    /** Login data: the hash is only read here, for Spring Security. */
    Optional<String> findPasswordHash(String username) {
        return jdbc.sql("select password_hash from staff_account where username = :username")
                .param("username", username)
                .query(String.class)
                .optional();
    }

    boolean existsByUsername(String username) {
        return jdbc.sql("select exists(select 1 from staff_account where username = :username)")
                .param("username", username)
                .query(Boolean.class)
                .single();
    }

    long countEnabledWithRole(StaffRole role) {
        return jdbc.sql("select count(*) from staff_account where enabled and :role = any(roles)")
                .param("role", role.name())
                .query(Long.class)
                .single();
    }

    AccountId insert(NewAccount account, String passwordHash) {
        long id = jdbc.sql("""
                        insert into staff_account (username, display_name, roles, password_hash)
                        values (:username, :displayName, :roles, :hash)
                        returning id
                        """)
                .param("username", account.username())
                .param("displayName", account.displayName())
                .param("roles", roleNames(account.roles()))
                .param("hash", passwordHash)
                .query(Long.class)
                .single();
        return new AccountId(id);
    }

    void updateEnabled(AccountId id, boolean enabled) {
        jdbc.sql("update staff_account set enabled = :enabled, updated_at = now() where id = :id")
                .param("enabled", enabled)
                .param("id", id.value())
                .update();
    }

    void updatePasswordHash(AccountId id, String passwordHash) {
        jdbc.sql("update staff_account set password_hash = :hash, updated_at = now() where id = :id")
                .param("hash", passwordHash)
                .param("id", id.value())
                .update();
    }

    void updateProfile(AccountId id, String displayName, Set<StaffRole> roles) {
        jdbc.sql("""
                        update staff_account set display_name = :displayName, roles = :roles, updated_at = now()
                        where id = :id
                        """)
                .param("displayName", displayName)
                .param("roles", roleNames(roles))
                .param("id", id.value())
                .update();
    }

    private static String[] roleNames(Set<StaffRole> roles) {
        return roles.stream().map(Enum::name).sorted().toArray(String[]::new);
    }

    private static StaffAccount map(ResultSet rs, int row) throws SQLException {
        return new StaffAccount(
                new AccountId(rs.getLong("id")),
                rs.getString("username"),
                rs.getString("display_name"),
                roles(rs.getArray("roles")),
                rs.getBoolean("enabled"),
                rs.getTimestamp("created_at").toInstant());
    }

    private static Set<StaffRole> roles(Array array) throws SQLException {
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        Arrays.stream((String[]) array.getArray()).map(StaffRole::valueOf).forEach(roles::add);
        return roles;
    }
}
