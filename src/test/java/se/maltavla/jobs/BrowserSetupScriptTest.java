package se.maltavla.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * jobs/test's set-up of the browser tests (jobs/lib/browser.sh) under the system's /bin/sh, with
 * {@code id}, {@code sudo} and {@code apt-get} replaced by fakes on PATH that log their calls:
 * on a fresh machine as root it installs Chromium and its driver; where it may not, it says what
 * to run and fails before the build; it never installs what is there or what was left out.
 */
class BrowserSetupScriptTest {

    private static final Path LIBRARY = Path.of("jobs/lib/browser.sh").toAbsolutePath();

    @TempDir
    Path temp;

    private Path bin;
    private Path log;
    private Path chromium;
    private Path driver;

    @BeforeEach
    void fakeMachine() throws IOException {
        bin = Files.createDirectories(temp.resolve("bin"));
        log = temp.resolve("calls.log");
        Files.writeString(log, "");
        chromium = temp.resolve("usr/bin/chromium");
        driver = temp.resolve("usr/bin/chromedriver");
        Files.createDirectories(chromium.getParent());
        for (String tool : List.of("tr", "env", "touch", "chmod")) { // the only real tools on PATH
            Path real = Path.of("/usr/bin", tool);
            fake(tool, "exec " + (Files.exists(real) ? real : Path.of("/bin", tool)) + " \"$@\"");
        }
    }

    private void fake(String name, String body) throws IOException {
        Path script = bin.resolve(name);
        Files.writeString(script, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private void user(int uid) throws IOException {
        fake("id", "[ \"$1\" = -u ] && echo " + uid);
    }

    /** apt-get that logs its calls and, on install, puts the browser and driver in place unless told to fail. */
    private void aptGet(boolean installWorks) throws IOException {
        fake(
                "apt-get",
                "echo \"apt-get $1\" >> '" + log + "'\n"
                        + "[ \"$1\" = install ] || exit 0\n"
                        + (installWorks
                                ? "touch '" + chromium + "' '" + driver + "'; chmod +x '" + chromium + "' '" + driver
                                        + "'"
                                : "exit 100"));
    }

    private void installed() throws IOException {
        for (Path tool : List.of(chromium, driver)) {
            Files.writeString(tool, "");
            Files.setPosixFilePermissions(tool, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private record Outcome(int status, String messages, List<String> calls) {}

    private Outcome ensureBrowser(Map<String, String> environment, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                "/bin/sh",
                "-c",
                ". \"$0\"; maltavla_ensure_browser \"$@\"",
                LIBRARY.toString(),
                "-Dmaltavla.test.chromium=" + chromium,
                "-Dmaltavla.test.chromedriver=" + driver));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(temp.resolve("out.txt").toFile())
                .redirectError(temp.resolve("err.txt").toFile());
        builder.environment().clear();
        builder.environment().put("PATH", bin.toString());
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Outcome(
                process.exitValue(),
                Files.readString(temp.resolve("err.txt"), StandardCharsets.UTF_8),
                Files.readAllLines(log));
    }

    @Test
    void as_root_on_a_fresh_machine_it_updates_once_and_installs_chromium_and_its_driver() throws Exception {
        user(0);
        aptGet(true);

        Outcome outcome = ensureBrowser(Map.of());

        assertThat(outcome.status()).isZero();
        assertThat(outcome.calls()).containsExactly("apt-get update", "apt-get install");
        assertThat(chromium).isExecutable();
        assertThat(driver).isExecutable();
    }

    @Test
    void after_ci_updated_the_package_lists_it_only_installs() throws Exception {
        user(0);
        aptGet(true);

        Outcome outcome = ensureBrowser(Map.of("MALTAVLA_APT_UPDATED", "1"));

        assertThat(outcome.status()).isZero();
        assertThat(outcome.calls()).containsExactly("apt-get install");
    }

    @Test
    void with_sudo_without_a_password_it_installs_through_sudo() throws Exception {
        user(1000);
        aptGet(true);
        fake(
                "sudo",
                "echo \"sudo $1 $2\" >> '" + log
                        + "'\n[ \"$1\" = -n ] || exit 1\nshift\n[ \"$1\" = true ] && exit 0\nexec \"$@\"");

        Outcome outcome = ensureBrowser(Map.of());

        assertThat(outcome.status()).isZero();
        assertThat(outcome.calls())
                .containsExactly("sudo -n true", "sudo -n apt-get", "apt-get update", "sudo -n env", "apt-get install");
    }

    @Test
    void a_user_who_may_not_install_is_told_what_to_run_before_anything_is_built() throws Exception {
        user(1000);
        aptGet(true);
        fake("sudo", "exit 1"); // sudo that wants a password

        Outcome outcome = ensureBrowser(Map.of());

        assertThat(outcome.status()).isEqualTo(1);
        assertThat(outcome.calls()).isEmpty();
        assertThat(outcome.messages())
                .contains(chromium.toString(), driver.toString())
                .contains("apt-get update && apt-get install -y chromium chromium-driver")
                .contains("jobs/test -DexcludedGroups=browser");
    }

    @Test
    void a_failed_installation_fails_with_the_same_advice() throws Exception {
        user(0);
        aptGet(false);

        Outcome outcome = ensureBrowser(Map.of());

        assertThat(outcome.status()).isEqualTo(1);
        assertThat(outcome.messages()).contains("failed").contains("jobs/test -DexcludedGroups=browser");
    }

    @Test
    void nothing_is_installed_when_chromium_is_there_or_the_browser_tests_are_left_out() throws Exception {
        user(0);
        aptGet(true);

        assertThat(ensureBrowser(Map.of(), "-DexcludedGroups=browser").status()).isZero();
        assertThat(ensureBrowser(Map.of(), "-DexcludedGroups=database,browser").status())
                .isZero();
        assertThat(ensureBrowser(Map.of(), "-Dgroups=database").status()).isZero();
        assertThat(Files.readAllLines(log)).isEmpty();
        installed();
        assertThat(ensureBrowser(Map.of()).status()).isZero();
        assertThat(Files.readAllLines(log)).isEmpty();
    }
}
