package se.maltavla.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.NamedInterface;
import org.springframework.modulith.docs.Documenter;
import se.maltavla.Application;

/**
 * The features as Spring Modulith sees them: each top-level package under se.maltavla is a
 * module whose root package is its public API; its sub-packages are internal unless declared a
 * named interface ({@code package-info.java}); Shared is open. The build fails on a cycle between
 * modules or on a module reaching into another's internals, and keeps the picture of the modules
 * in docs/modules.md (and Spring Modulith's PlantUML in docs/modules/) the code's own.
 */
class ModulesTest {

    static final ApplicationModules MODULES =
            ApplicationModules.of(Application.class, JavaClass.Predicates.resideInAPackage("se.maltavla.db.."));

    private static final Path MARKDOWN = Path.of("docs/modules.md");

    @Test
    void no_module_reaches_into_another_modules_internals_and_none_depends_on_another_in_a_cycle() {
        MODULES.verify();
    }

    @Test
    void the_picture_of_the_modules_in_the_docs_is_the_codes() throws IOException {
        Path generated = Path.of("target/modulith-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(generated.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        List<String> stale = new java.util.ArrayList<>();
        keep(MARKDOWN, markdown(), stale);
        try (Stream<Path> diagrams = Files.list(generated)) {
            for (Path diagram : diagrams.filter(p -> p.toString().endsWith(".puml"))
                    .sorted()
                    .toList()) {
                keep(Path.of("docs/modules").resolve(diagram.getFileName()), stable(Files.readString(diagram)), stale);
            }
        }
        assertThat(stale)
                .as("out of date with the code, written anew: commit them")
                .isEmpty();
    }

    /** Writes the document when it differs from what is there, and notes it. */
    private static void keep(Path document, String content, List<String> stale) throws IOException {
        String committed = Files.exists(document) ? Files.readString(document) : "";
        if (!committed.equals(content)) {
            Files.createDirectories(document.getParent());
            Files.writeString(document, content);
            stale.add(document.toString());
        }
    }

    /** Spring Modulith lists a diagram's relations in no fixed order: sorted, a diagram changes only with the code. */
    private static String stable(String plantUml) {
        List<String> lines = plantUml.lines().toList();
        List<String> out = new java.util.ArrayList<>();
        List<String> relations = new java.util.ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("Rel(")) {
                relations.add(line);
                continue;
            }
            if (!relations.isEmpty()) {
                relations.stream().sorted().forEach(out::add);
                relations.clear();
            }
            out.add(line);
        }
        relations.stream().sorted().forEach(out::add);
        return String.join("\n", out) + "\n";
    }

    private static String markdown() {
        List<ApplicationModule> modules = MODULES.stream()
                .sorted(Comparator.comparing(ApplicationModule::getDisplayName))
                .toList();
        StringBuilder out = new StringBuilder("""
                # Måltavla's modules

                Written by `ModulesTest` from the code on every build (do not edit by hand; docs/architecture.md
                explains the rules). Every module may use Shared, which uses none: its arrows are left out.
                Spring Modulith's PlantUML of the same modules is in [modules/](modules/).

                ```mermaid
                flowchart LR
                """);
        for (ApplicationModule module : modules) {
            for (ApplicationModule target : dependencies(module)) {
                if (!target.isOpen()) {
                    out.append("    ")
                            .append(id(module))
                            .append('[')
                            .append(module.getDisplayName())
                            .append("] --> ")
                            .append(id(target))
                            .append('[')
                            .append(target.getDisplayName())
                            .append("]\n");
                }
            }
        }
        out.append("```\n\n| module | package | offers besides its root package | uses |\n| --- | --- | --- | --- |\n");
        for (ApplicationModule module : modules) {
            String offers = module.isOpen()
                    ? "everything (open)"
                    : module.getNamedInterfaces().stream()
                            .filter(n -> !n.isUnnamed())
                            .map(NamedInterface::getName)
                            .sorted()
                            .collect(Collectors.joining(", "));
            String uses = dependencies(module).stream()
                    .map(ApplicationModule::getDisplayName)
                    .collect(Collectors.joining(", "));
            out.append("| ")
                    .append(module.getDisplayName())
                    .append(" | `")
                    .append(module.getBasePackage().getName())
                    .append("` | ")
                    .append(offers.isEmpty() ? "–" : offers)
                    .append(" | ")
                    .append(uses.isEmpty() ? "–" : uses)
                    .append(" |\n");
        }
        return out.toString();
    }

    private static List<ApplicationModule> dependencies(ApplicationModule module) {
        return module.getDirectDependencies(MODULES)
                .uniqueModules()
                .filter(target -> !target.equals(module))
                .sorted(Comparator.comparing(ApplicationModule::getDisplayName))
                .toList();
    }

    private static String id(ApplicationModule module) {
        return module.getIdentifier().toString().replaceAll("[^A-Za-z0-9]", "_");
    }
}
