package se.maltavla.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.util.FileSystemUtils;
import se.maltavla.dataimport.ImportService;
import se.maltavla.security.Role;
import se.maltavla.security.UserService;
import se.maltavla.security.internal.UserRepository;
import se.maltavla.support.DatabaseTest;

/**
 * When the audit log cannot store an entry (a full disk, a lost connection, a revoked grant),
 * the change it records does not happen: the user keeps the role, no file stays in the inbox.
 */
@WithMockUser(
        username = "koordinator",
        roles = {"COORDINATOR", "VIEWER"})
class AuditFailureTest extends DatabaseTest {

    private static final Path INBOX = folder();

    @DynamicPropertySource
    static void inbox(DynamicPropertyRegistry registry) {
        registry.add("maltavla.import.inbox", INBOX::toString);
    }

    @MockitoSpyBean
    AuditRepository entries;

    @Autowired
    UserService users;

    @Autowired
    UserRepository repository;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    ImportService imports;

    @BeforeEach
    void theLogCannotBeWritten() throws IOException {
        FileSystemUtils.deleteRecursively(INBOX);
        Files.createDirectories(INBOX);
        repository.insert("koordinator", encoder.encode("koordinatorns-lösenord"), Role.COORDINATOR);
        repository.insert("bertil", encoder.encode("bertils-lösenord"), Role.VIEWER);
        doThrow(new IllegalStateException("the audit log is full"))
                .when(entries)
                .insert(any(), any(), any(), any(), any(), any(), any());
    }

    @Test
    void a_user_change_without_its_entry_is_rolled_back() {
        assertThatThrownBy(() -> users.changeRole("bertil", Role.COORDINATOR))
                .hasMessageContaining("the audit log is full");
        assertThatThrownBy(() -> users.createUser("cecilia", Role.VIEWER, "cecilias-lösenord"))
                .hasMessageContaining("the audit log is full");

        assertThat(repository.find("bertil").orElseThrow().user().role()).isEqualTo(Role.VIEWER);
        assertThat(repository.find("cecilia")).isEmpty();
    }

    @Test
    void an_upload_without_its_entry_leaves_no_file_in_the_inbox() throws IOException {
        assertThatThrownBy(() -> imports.upload(
                        "utfall.csv",
                        new ByteArrayInputStream(
                                "kommun;indikator_kod;period;varde\r\n".getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("the audit log is full");

        try (var files = Files.list(INBOX)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void an_import_without_its_entry_does_not_start() {
        assertThatThrownBy(() ->
                        imports.startInboxRun(java.util.Locale.of("sv"), se.maltavla.dataimport.ImportProgress.NONE))
                .hasMessageContaining("the audit log is full");

        assertThat(imports.recentRuns(10)).isEmpty();
    }

    @Test
    @WithMockUser(username = "vera", roles = "VIEWER")
    void a_refusal_stands_when_its_entry_cannot_be_written() {
        assertThatThrownBy(() -> users.changeRole("bertil", Role.COORDINATOR))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private static Path folder() {
        try {
            return Files.createTempDirectory("maltavla-audit-failure");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
