package se.maltavla.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import se.maltavla.Application;

/**
 * Måltavla started as a process of its own, from one folder with an absolute data folder elsewhere,
 * holding its H2 database open as the dashboard does; this test is the other process (jobs/import,
 * or a local account that is not the service's). The database is in the data folder, its server
 * listens on the loopback address only, its files are the service account's only, and a second
 * process gets in with the password from the data folder and without it not at all.
 */
class EmbeddedDatabaseServerTest {

    @TempDir
    Path temp;

    @Test
    void the_database_lies_in_the_data_folder_its_server_listens_on_loopback_only_and_needs_the_password()
            throws Exception {
        Path workingDirectory = Files.createDirectories(temp.resolve("somewhere-else"));
        Path data = temp.resolve("srv/maltavla");
        Process process = start(workingDirectory, data);
        try {
            assertThat(data.resolve("maltavla.mv.db")).exists();
            try (var files = Files.list(workingDirectory)) {
                assertThat(files.toList())
                        .as("nothing under the working directory")
                        .isEmpty();
            }

            Properties lock = new Properties();
            try (var in = Files.newInputStream(data.resolve("maltavla.lock.db"))) {
                lock.load(in);
            }
            int port = Integer.parseInt(lock.getProperty("server").replaceAll(".*:", ""));
            assertThat(listeningAddresses(port))
                    .as("H2's server on port " + port)
                    .isNotEmpty()
                    .allSatisfy(address -> assertThat(address)
                            .isIn("0100007F", "0000000000000000FFFF00000100007F", "00000000000000000000000001000000"));

            String url = "jdbc:h2:file:" + data.resolve("maltavla") + ";AUTO_SERVER=TRUE;DATABASE_TO_LOWER=TRUE";
            assertThatThrownBy(() -> DriverManager.getConnection(url, "sa", "").close())
                    .hasMessageContaining("Wrong user name or password");
            String password =
                    Files.readString(data.resolve(DatabasePassword.FILE)).strip();
            try (Connection job = DriverManager.getConnection(url, "sa", password)) {
                assertThat(job.createStatement()
                                .executeQuery("select count(*) from app_user")
                                .next())
                        .as("a second process beside the running one, as jobs/import")
                        .isTrue();
            }

            assertThat(permissions(data)).isEqualTo("rwx------");
            for (String file : List.of(DatabasePassword.FILE, "maltavla.mv.db", "maltavla.lock.db")) {
                assertThat(permissions(data.resolve(file))).as(file).isEqualTo("rw-------");
            }
        } finally {
            process.getOutputStream().close(); // the process ends when its input does
            if (!process.waitFor(1, TimeUnit.MINUTES)) {
                process.destroyForcibly();
            }
        }
    }

    /** The process under test: Måltavla's headless application, open until its standard input closes. */
    public static void main(String[] args) throws Exception {
        Application.loopbackOnlyDatabaseServer();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.NONE)
                .profiles("headless")
                .logStartupInfo(false)
                .run("--maltavla.data-dir=" + args[0], "--logging.level.root=WARN")) {
            System.out.println("READY " + context.getId());
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait
            }
        }
    }

    private static Process start(Path workingDirectory, Path data) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp",
                System.getProperty("java.class.path"),
                EmbeddedDatabaseServerTest.class.getName(),
                data.toString()));
        Process process = new ProcessBuilder(command)
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .start();
        StringBuilder output = new StringBuilder();
        BufferedReader reader =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            output.append(line).append('\n');
            if (line.startsWith("READY")) {
                Thread.ofVirtual().start(() -> reader.lines().forEach(l -> {})); // keep its output flowing
                return process;
            }
        }
        throw new AssertionError("Måltavla did not start:\n" + output);
    }

    /** The local addresses (hex, as the kernel writes them) listening on the port, from /proc/net/tcp and tcp6. */
    private static List<String> listeningAddresses(int port) throws Exception {
        String hexPort = String.format(Locale.ROOT, "%04X", port);
        List<String> addresses = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            for (String line : Files.readAllLines(Path.of(table))
                    .subList(1, Files.readAllLines(Path.of(table)).size())) {
                String[] fields = line.trim().split("\\s+");
                String[] local = fields[1].split(":");
                if (local[1].equals(hexPort) && fields[3].equals("0A")) {
                    addresses.add(local[0]);
                }
            }
        }
        return addresses;
    }

    private static String permissions(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
