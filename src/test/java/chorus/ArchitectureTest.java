package chorus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The packages of Chorus form no cycle, and the foundation uses none of them. A dependency between
 * two packages (chorus.answer, chorus.event, ...) is on a cycle when each reaches the other.
 * {@code system} is the foundation (settings, the clock, errors, CSRF, YAML, security headers, the
 * database's health) and {@code web} the page machinery every feature shares (layout, error and
 * problem pages, form errors, the template dialect); features sit on both.
 */
class ArchitectureTest {

    private static final JavaClasses CHORUS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("chorus");

    @Test
    void noPackageCycles() {
        Set<String> onCycles = edgesOnCycles(featureDependencies(CHORUS, "chorus"));
        assertTrue(onCycles.isEmpty(), "dependencies on a package cycle: " + onCycles);
    }

    @Test
    void theFoundationUsesNoOtherPackage() {
        assertEquals(Set.of(), featureDependencies(CHORUS, "chorus").getOrDefault("system", Set.of()));
    }

    @Test
    void thePageMachineryUsesOnlyTheFoundationAndTheLanguagesAndSurveysItShows() {
        assertTrue(Set.of("system", "i18n", "survey").containsAll(featureDependencies(CHORUS, "chorus").getOrDefault("web", Set.of())),
                "web uses " + featureDependencies(CHORUS, "chorus").get("web"));
    }

    /**
     * Tables are read and written through Micronaut Data repositories. SQL written by hand lives only
     * in classes named for why it earns its place: {@code *Queries} for report aggregates,
     * {@code *Store} for bulk writes and row locks, {@code *Export} for streaming a download.
     */
    @Test
    void handWrittenSqlOnlyWhereItEarnsItsPlace() {
        HAND_WRITTEN_SQL.check(CHORUS);
    }

    @Test
    void handWrittenSqlElsewhereIsFound() {
        JavaClasses fixture = new ClassFileImporter().importPackages("chorus.archfixture");
        assertTrue(HAND_WRITTEN_SQL.evaluate(fixture).hasViolation(), "chorus.archfixture.e.Tallies runs SQL by hand");
    }

    // Micronaut's generated bean definitions ("chorus.answer.$DraftStore$Definition") are not ours to name.
    // chorus.system.Sql holds the steps those classes share (binding, streaming, row locks).
    private static final ArchRule HAND_WRITTEN_SQL = ArchRuleDefinition.noClasses().that().haveNameNotMatching(".*\\.\\$.*")
            .and().doNotHaveFullyQualifiedName("chorus.system.Sql")
            .and().haveSimpleNameNotEndingWith("Queries")
            .and().haveSimpleNameNotEndingWith("Store").and().haveSimpleNameNotEndingWith("Export")
            .should().dependOnClassesThat().areAssignableTo(JdbcOperations.class)
            .orShould().dependOnClassesThat().areAssignableTo(java.sql.PreparedStatement.class);

    @Test
    void oneNamePatternForDataAccess() {
        ArchRuleDefinition.classes().that().areAnnotatedWith(JdbcRepository.class).should().haveSimpleNameEndingWith("Repository")
                .check(CHORUS);
        ArchRuleDefinition.classes().that().areAnnotatedWith(MappedEntity.class).should().beAssignableTo(Record.class)
                .check(CHORUS);
    }

    @Test
    void aCycleIsFound() {
        JavaClasses fixture = new ClassFileImporter().importPackages("chorus.archfixture");
        assertEquals(Set.of("a -> b", "b -> a"), edgesOnCycles(featureDependencies(fixture, "chorus.archfixture")));
    }

    /**
     * A feature's internals are its own: its repositories (its tables) and its controllers (its
     * pages). Another feature goes through the public classes it offers (such as {@code Mvps} or
     * {@code ResponseStore}), so a table keeps one owner that decides how it is written.
     */
    @Test
    void noFeatureUsesAnotherFeaturesInternals() {
        assertEquals(Set.of(), internalsUsedFromOutside(CHORUS, "chorus"));
    }

    @Test
    void aFeatureReachingIntoAnothersInternalsIsFound() {
        JavaClasses fixture = new ClassFileImporter().importPackages("chorus.archfixture");
        assertEquals(Set.of("d -> chorus.archfixture.c.LedgerRepository"), internalsUsedFromOutside(fixture, "chorus.archfixture"));
    }

    static Set<String> internalsUsedFromOutside(JavaClasses classes, String root) {
        Set<String> found = new TreeSet<>();
        for (JavaClass type : classes) {
            String from = feature(type, root);
            for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass();
                String to = feature(target, root);
                String name = target.getSimpleName();
                if (from != null && to != null && !to.equals(from) && (name.endsWith("Repository") || name.endsWith("Controller"))) {
                    found.add(from + " -> " + target.getName());
                }
            }
        }
        return found;
    }

    /** Feature package to the feature packages its classes use: the part of the package name after {@code root}. */
    static Map<String, Set<String>> featureDependencies(JavaClasses classes, String root) {
        Map<String, Set<String>> uses = new TreeMap<>();
        for (JavaClass type : classes) {
            String from = feature(type, root);
            if (from == null) {
                continue;
            }
            for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                String to = feature(dependency.getTargetClass(), root);
                if (to != null && !to.equals(from)) {
                    uses.computeIfAbsent(from, f -> new TreeSet<>()).add(to);
                }
            }
        }
        return uses;
    }

    private static String feature(JavaClass type, String root) {
        String name = type.getPackageName();
        if (!name.startsWith(root + ".")) {
            return null;
        }
        String rest = name.substring(root.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /** "a -> b" for each dependency of a on b where b also reaches a. */
    static Set<String> edgesOnCycles(Map<String, Set<String>> uses) {
        Set<String> edges = new TreeSet<>();
        uses.forEach((from, targets) -> targets.forEach(to -> {
            if (reaches(uses, to, from)) {
                edges.add(from + " -> " + to);
            }
        }));
        return edges;
    }

    private static boolean reaches(Map<String, Set<String>> uses, String start, String goal) {
        Deque<String> next = new ArrayDeque<>(Set.of(start));
        Set<String> seen = new HashSet<>();
        while (!next.isEmpty()) {
            String at = next.pop();
            if (at.equals(goal)) {
                return true;
            }
            if (seen.add(at)) {
                next.addAll(uses.getOrDefault(at, Set.of()));
            }
        }
        return false;
    }
}
