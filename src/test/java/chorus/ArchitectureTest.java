package chorus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The feature packages of Chorus (chorus.answer, chorus.event, ...) may form no new cycle. A
 * dependency between two of them is on a cycle when each reaches the other; those that are on one
 * today are listed in src/test/resources/architecture/cycle-edges.txt, to be broken (issue 12).
 * The test fails on a dependency on a cycle that is not listed, and on a listed one that no longer
 * is, so the list only shrinks. Classes and methods may come and go freely along a listed edge.
 */
class ArchitectureTest {

    private static final Path LISTED = Path.of("src/test/resources/architecture/cycle-edges.txt");

    @Test
    void noNewPackageCycles() throws Exception {
        JavaClasses chorus = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("chorus");
        Set<String> onCycles = edgesOnCycles(featureDependencies(chorus, "chorus"));
        Set<String> listed = new TreeSet<>(Files.readAllLines(LISTED).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList());
        Set<String> added = new TreeSet<>(onCycles);
        added.removeAll(listed);
        assertTrue(added.isEmpty(), "new dependencies on a package cycle (break the cycle; do not list them): " + added);
        Set<String> broken = new TreeSet<>(listed);
        broken.removeAll(onCycles);
        assertTrue(broken.isEmpty(), "no longer on a cycle, so delete them from " + LISTED + ": " + broken);
    }

    @Test
    void aCycleIsFound() {
        JavaClasses fixture = new ClassFileImporter().importPackages("chorus.archfixture");
        assertEquals(Set.of("a -> b", "b -> a"), edgesOnCycles(featureDependencies(fixture, "chorus.archfixture")));
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
