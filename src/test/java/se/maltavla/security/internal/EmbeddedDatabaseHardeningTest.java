package se.maltavla.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/**
 * The embedded database as a local account other than the service's would find it: the data folder
 * closed to it, the database user with a password kept in a file only the service reads; and the
 * database where maltavla.data-dir says, relative or absolute (docs/security.md).
 */
class EmbeddedDatabaseHardeningTest {

    private static final String SETTINGS = ";DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";

    @TempDir
    Path temp;

    @Test
    void an_absolute_data_folder_holds_the_database_and_a_relative_one_is_read_from_the_working_directory() {
        Path absolute = temp.resolve("srv/maltavla");
        assertThat(EmbeddedDatabaseHardening.absoluteFileUrl("jdbc:h2:file:" + absolute + "/maltavla" + SETTINGS))
                .isEqualTo("jdbc:h2:file:" + absolute + "/maltavla" + SETTINGS);
        assertThat(EmbeddedDatabaseHardening.absoluteFileUrl("jdbc:h2:file:data/maltavla;AUTO_SERVER=TRUE"))
                .isEqualTo(
                        "jdbc:h2:file:" + Path.of("").toAbsolutePath().resolve("data/maltavla") + ";AUTO_SERVER=TRUE");
        assertThat(EmbeddedDatabaseHardening.absoluteFileUrl("jdbc:h2:file:./data/../data/maltavla"))
                .isEqualTo("jdbc:h2:file:" + Path.of("").toAbsolutePath().resolve("data/maltavla"));
        assertThat(EmbeddedDatabaseHardening.absoluteFileUrl("jdbc:h2:file:~/maltavla"))
                .isEqualTo("jdbc:h2:file:~/maltavla");

        HikariDataSource dataSource =
                harden(absolute.toString(), "jdbc:h2:file:" + absolute + "/maltavla" + SETTINGS, "");
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.isValid(1)).isTrue();
        } catch (SQLException e) {
            throw new AssertionError(e);
        } finally {
            dataSource.close();
        }
        assertThat(absolute.resolve("maltavla.mv.db")).exists();
    }

    @Test
    void a_new_database_gets_a_generated_password_kept_in_a_file_only_the_service_account_reads() throws Exception {
        Path data = temp.resolve("data");

        HikariDataSource dataSource = harden(data.toString(), url(data), "");
        String password = dataSource.getPassword();
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute("create table t (x int)");
        } finally {
            dataSource.close();
        }

        assertThat(password).hasSize(32).matches("[A-Za-z0-9]+");
        assertThat(Files.readString(data.resolve("database-password")).strip()).isEqualTo(password);
        assertThat(permissions(data)).isEqualTo("rwx------");
        assertThat(permissions(data.resolve("database-password"))).isEqualTo("rw-------");
        assertThatThrownBy(
                        () -> DriverManager.getConnection(url(data), "sa", "").close())
                .as("no way in without the password")
                .hasMessageContaining("Wrong user name or password");
        assertThat(harden(data.toString(), url(data), "").getPassword())
                .as("the next process reads the same")
                .isEqualTo(password);
    }

    @Test
    void a_database_made_before_with_an_empty_password_gets_one_on_the_first_start_and_keeps_its_data()
            throws Exception {
        Path data = Files.createDirectories(temp.resolve("data"));
        try (Connection old = DriverManager.getConnection(url(data), "sa", "");
                Statement statement = old.createStatement()) {
            statement.execute("create table app_user (username varchar(100))");
            statement.execute("insert into app_user values ('koordinator')");
        }
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(data.resolve("maltavla.mv.db"), PosixFilePermissions.fromString("rw-r--r--"));

        HikariDataSource dataSource = harden(data.toString(), url(data), "");
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            var rows = statement.executeQuery("select username from app_user");
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("koordinator");
        } finally {
            dataSource.close();
        }

        assertThatThrownBy(
                        () -> DriverManager.getConnection(url(data), "sa", "").close())
                .hasMessageContaining("Wrong user name or password");
        assertThat(permissions(data)).isEqualTo("rwx------");
        assertThat(permissions(data.resolve("maltavla.mv.db"))).isEqualTo("rw-------");
        assertThat(data.resolve("database-password.new")).doesNotExist();
    }

    @Test
    void an_upgrade_interrupted_after_the_password_was_set_is_finished_by_the_next_start() throws Exception {
        Path data = Files.createDirectories(temp.resolve("data"));
        try (Connection old = DriverManager.getConnection(url(data), "sa", "");
                Statement statement = old.createStatement()) {
            statement.execute("set password 'AbcdefghijklmnopqrstuvwxyZ012345'");
        }
        Files.writeString(data.resolve("database-password.new"), "AbcdefghijklmnopqrstuvwxyZ012345\n");

        HikariDataSource dataSource = harden(data.toString(), url(data), "");
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.isValid(1)).isTrue();
        } finally {
            dataSource.close();
        }
        assertThat(dataSource.getPassword()).isEqualTo("AbcdefghijklmnopqrstuvwxyZ012345");
        assertThat(data.resolve("database-password")).exists();
    }

    @Test
    void a_lost_password_file_is_said_plainly_instead_of_a_bare_login_error() throws Exception {
        Path data = temp.resolve("data");
        harden(data.toString(), url(data), "").getConnection().close();
        Files.delete(data.resolve("database-password"));

        assertThatThrownBy(() -> harden(data.toString(), url(data), ""))
                .hasMessageContaining("cannot open its database")
                .hasMessageContaining("database-password");
    }

    @Test
    void a_configured_password_and_a_database_outside_the_data_folder_are_the_operators() {
        Path data = temp.resolve("data");
        Path elsewhere = temp.resolve("elsewhere");

        assertThat(harden(data.toString(), url(data), "eget-lösenord").getPassword())
                .isEqualTo("eget-lösenord");
        assertThat(data.resolve("database-password")).doesNotExist();
        assertThat(harden(data.toString(), url(elsewhere), "").getPassword()).isEmpty();
        assertThat(elsewhere.resolve("database-password")).doesNotExist();
        HikariDataSource postgres = new HikariDataSource();
        postgres.setJdbcUrl("jdbc:postgresql://127.0.0.1:5432/maltavla");
        new EmbeddedDatabaseHardening().postProcessAfterInitialization(postgres, "dataSource");
        assertThat(postgres.getJdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/maltavla");
    }

    private static String url(Path data) {
        return "jdbc:h2:file:" + data.resolve("maltavla") + SETTINGS;
    }

    private static HikariDataSource harden(String dataDir, String url, String password) {
        EmbeddedDatabaseHardening hardening = new EmbeddedDatabaseHardening();
        hardening.setEnvironment(new MockEnvironment().withProperty("maltavla.data-dir", dataDir));
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url);
        dataSource.setUsername("sa");
        dataSource.setPassword(password);
        hardening.postProcessAfterInitialization(dataSource, "dataSource");
        return dataSource;
    }

    private static String permissions(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
