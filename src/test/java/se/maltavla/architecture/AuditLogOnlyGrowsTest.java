package se.maltavla.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import se.maltavla.audit.AuditLog;

/**
 * The audit log is never editable from the application (docs/audit.md): one class touches its
 * table, that class never updates it and deletes only in the retention purge, which alone calls
 * it; the public API only reads; and no SQL text anywhere names the table.
 */
class AuditLogOnlyGrowsTest {

    private static final String REPOSITORY = "se.maltavla.audit.internal.AuditRepository";
    private static final Set<String> WRITES = Set.of(
            "update", "mergeInto", "truncate", "truncateTable", "delete", "deleteFrom", "execute", "query", "batch");

    @Test
    void only_the_audit_repository_touches_the_table() {
        List<String> users = new ArrayList<>();
        for (JavaClass origin : ArchitectureTest.CLASSES) {
            if (origin.getName().startsWith("se.maltavla.db.")
                    || origin.getName().startsWith(REPOSITORY)) {
                continue;
            }
            origin.getDirectDependenciesFromSelf().stream()
                    .filter(d -> "audit_entry".equals(TableOwnership.table(d.getTargetClass())))
                    .forEach(d -> users.add(origin.getName()));
        }
        assertThat(users).isEmpty();
    }

    @Test
    void the_repository_inserts_and_reads_and_deletes_only_in_the_purge() {
        JavaClass repository = ArchitectureTest.CLASSES.get(REPOSITORY);
        List<String> writes = new ArrayList<>();
        for (JavaMethodCall call : repository.getMethodCallsFromSelf()) {
            boolean onTheDatabase = call.getTargetOwner().isAssignableTo(DSLContext.class);
            if (onTheDatabase && WRITES.contains(call.getName())) {
                writes.add(call.getOrigin().getName() + " calls " + call.getName());
            }
        }
        assertThat(writes).containsExactly("deleteOlderThan calls deleteFrom");
    }

    @Test
    void only_the_retention_purge_calls_the_delete() {
        JavaClass repository = ArchitectureTest.CLASSES.get(REPOSITORY);
        assertThat(repository
                        .getMethod("deleteOlderThan", java.time.Instant.class)
                        .getCallsOfSelf())
                .extracting(call -> call.getOriginOwner().getName())
                .containsOnly("se.maltavla.audit.internal.RetentionPurge");
    }

    @Test
    void the_public_api_only_reads() {
        assertThat(Arrays.stream(AuditLog.class.getDeclaredMethods()).map(Method::getName))
                .containsExactlyInAnyOrder("entries", "count", "forEach");
    }

    @Test
    void no_sql_text_in_the_application_names_the_table() throws IOException {
        List<String> naming = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.endsWith("AuditRepository.java")) // its table by the generated class, checked above
                    .toList()) {
                if (Files.readString(source).toLowerCase(Locale.ROOT).contains("audit_entry")) {
                    naming.add(source.toString());
                }
            }
        }
        assertThat(naming).isEmpty();
    }
}
