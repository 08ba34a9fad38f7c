package se.maltavla.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Måltavla's rules for its structure (docs/architecture.md), checked on every build so that a
 * new cycle, a view reaching for the database or a feature reaching into another's internals
 * fails CI. Spring Modulith checks the modules' boundaries ({@link ModulesTest}); these are the
 * rules it does not express.
 */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("se.maltavla");

    @Test
    void no_cycles_between_features() {
        slices().matching("se.maltavla.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void shared_uses_no_feature() {
        noClasses()
                .that()
                .resideInAPackage("se.maltavla.shared..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "se.maltavla.actionplan..",
                        "se.maltavla.activity..",
                        "se.maltavla.api..",
                        "se.maltavla.chart..",
                        "se.maltavla.dashboard..",
                        "se.maltavla.dataimport..",
                        "se.maltavla.fulfilment..",
                        "se.maltavla.security..",
                        "se.maltavla.strategy..",
                        "se.maltavla.db..")
                .check(CLASSES);
    }

    @Test
    void vaadin_only_in_ui_packages_and_the_security_that_guards_them() {
        noClasses()
                .that()
                .resideOutsideOfPackages("..ui..", "se.maltavla.security..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.vaadin..")
                .because("views live in ui packages; services and records stay free of Vaadin (docs/architecture.md)")
                .check(CLASSES);
    }

    @Test
    void spring_batch_only_inside_the_imports_internals() {
        noClasses()
                .that()
                .resideOutsideOfPackage("se.maltavla.dataimport.internal..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.springframework.batch..")
                .check(CLASSES);
    }

    @Test
    void the_calculators_types_stay_inside_the_fulfilment_feature() {
        noClasses()
                .that()
                .resideOutsideOfPackage("se.maltavla.fulfilment..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("se.maltavla.fulfilment.calculator..")
                .because("views and the API see the fulfilment feature's public records only")
                .check(CLASSES);
    }

    @Test
    void no_view_and_no_api_class_touches_the_generated_database_classes() {
        noClasses()
                .that()
                .resideInAnyPackage("..ui..", "se.maltavla.api..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("se.maltavla.db..")
                .check(CLASSES);
    }

    @Test
    void each_table_is_used_only_by_the_features_that_own_it() {
        List<String> violations = new ArrayList<>();
        for (JavaClass origin : CLASSES) {
            String feature = TableOwnership.feature(origin.getPackageName());
            if (feature == null || feature.equals("db")) {
                continue;
            }
            for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                String table = TableOwnership.table(dependency.getTargetClass());
                if (table != null && !TableOwnership.allowed(table).contains(feature)) {
                    violations.add(origin.getName() + " uses table " + table + " (allowed: "
                            + TableOwnership.allowed(table) + ")");
                }
            }
        }
        assertThat(new TreeSet<>(violations)).isEmpty();
    }

    @Test
    void every_table_has_its_owners_written_down() {
        Set<String> tables = new TreeSet<>();
        for (JavaClass type : CLASSES) {
            String name = TableOwnership.table(type);
            if (name != null) {
                tables.add(name);
            }
        }
        assertThat(tables)
                .as("the generated tables")
                .hasSizeGreaterThan(20)
                .containsExactlyInAnyOrderElementsOf(TableOwnership.tables());
    }
}
