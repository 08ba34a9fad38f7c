package se.maltavla.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A clone must explain every rule it implements: every document that the code, the scripts, the
 * README or docs/ cite exists in the repository, and so does every section cited of it
 * ({@code docs/fulfilment.md §4.4}, {@code docs/import-contract.md §8.6}). The rules themselves
 * live in docs/fulfilment.md, docs/import-contract.md and docs/stack-pitfalls.md, not in the
 * product's specification outside the repository.
 */
class DocumentReferencesTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();

    /** Where citations are read: sources, scripts, the build, the README and the documentation. */
    private static final List<String> SCANNED = List.of(
            "src/main", "src/test/java", "jobs", ".ci", "pom.xml", "README.md", "docs", "sample-data/README.md");

    private static final Set<String> TEXT_FILES = Set.of("java", "properties", "sql", "md", "xml", "css", "html");

    /**
     * A document path: a name ending in {@code .md}, or anything under {@code docs/}. Not inside a
     * URL or a longer path (the look-behind), so {@code https://host/README.md} is not one.
     */
    private static final Pattern DOCUMENT =
            Pattern.compile("(?<![\\w./:@-])((?:[\\w.-]+/)*[\\w.-]+\\.md|docs/(?:[\\w.-]+/?)*)(?![\\w/-])");

    /** A section cited right after a document: {@code §4}, {@code § 8.6}, {@code section 11.2}. */
    private static final Pattern SECTION =
            Pattern.compile("\\A(?:\\]\\([^)\\s]*\\))?\\)?,?\\s*(?:§\\s?|sections? )(\\d+(?:\\.\\d+)?)");

    /** Names of what lies outside the repository; cite docs/ instead. */
    private static final Pattern OUTSIDE =
            Pattern.compile("shared/spec|stack-notes|\\bspec(?:'s)? (?:section|§)", Pattern.CASE_INSENSITIVE);

    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}\\s+(\\d+(?:\\.\\d+)*)\\.?\\s");

    @Test
    void every_cited_document_and_section_is_in_the_repository() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : scannedFiles()) {
            String text = read(file);
            if (text != null) {
                problems.addAll(problems(file, text));
            }
        }

        assertThat(problems)
                .as("Cite the project's own documents (docs/fulfilment.md §N, docs/import-contract.md §N, "
                        + "docs/stack-pitfalls.md), by a path from the repository's root")
                .isEmpty();
    }

    @Test
    void a_missing_document_a_missing_section_and_the_specification_outside_are_caught() {
        Path file = ROOT.resolve("src/main/java/se/maltavla/Example.java");
        String text = """
                /** Progress (docs/fulfilment.md §2), the value (docs/fulfilment.md §99), and
                 * the roll-up (fulfilment.md §4); see docs/no-such-guide.md and shared/spec/fulfilment.md,
                 * and docs/design-decisions/0002 and docs/design-decisions/0999. */
                """;

        assertThat(problems(file, text))
                .hasSize(6)
                .anyMatch(p -> p.contains("docs/fulfilment.md §99: no such section"))
                .anyMatch(p -> p.contains(": fulfilment.md: no such document"))
                .anyMatch(p -> p.contains("docs/no-such-guide.md: no such document"))
                .anyMatch(p -> p.contains("cites \"shared/spec\""))
                .anyMatch(p -> p.contains("shared/spec/fulfilment.md: no such document"))
                .anyMatch(p -> p.contains("docs/design-decisions/0999: no such document"));
    }

    @Test
    void a_markdown_link_is_read_from_its_own_folder_and_a_list_item_is_a_section() {
        Path file = ROOT.resolve("docs/example.md");
        String text = "See [the rules](fulfilment.md) and [import-contract.md §8.6](import-contract.md), "
                + "[0002](design-decisions/0002-crash-safety.md) and [the samples](../sample-data/README.md).";

        assertThat(problems(file, text)).isEmpty();
    }

    private static List<Path> scannedFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String scanned : SCANNED) {
            Path start = ROOT.resolve(scanned);
            if (!Files.exists(start)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(start)) {
                walk.filter(Files::isRegularFile)
                        .filter(DocumentReferencesTest::isText)
                        .forEach(files::add);
            }
        }
        files.remove(ROOT.resolve("src/test/java/se/maltavla/docs/DocumentReferencesTest.java"));
        return files;
    }

    private static boolean isText(Path file) {
        String relative = ROOT.relativize(file).toString();
        if (relative.startsWith("jobs/") || relative.startsWith(".ci/")) {
            return true;
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && TEXT_FILES.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException notUtf8) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> problems(Path file, String text) {
        List<String> problems = new ArrayList<>();
        String where = ROOT.relativize(file).toString();
        Matcher outside = OUTSIDE.matcher(text);
        while (outside.find()) {
            problems.add(where + ":" + line(text, outside.start()) + ": cites \"" + outside.group()
                    + "\", which is outside the repository");
        }
        Matcher document = DOCUMENT.matcher(text);
        while (document.find()) {
            String cited = document.group(1).replaceAll("[.]+$", ""); // a sentence's full stop
            int end = document.start(1) + cited.length();
            String at = where + ":" + line(text, document.start()) + ": ";
            Path target = resolve(file, cited);
            if (target == null) {
                problems.add(at + cited + ": no such document in the repository");
                continue;
            }
            Matcher section = SECTION.matcher(text.substring(end));
            if (section.find()
                    && Files.isRegularFile(target)
                    && target.toString().endsWith(".md")
                    && !hasSection(target, section.group(1))) {
                problems.add(at + cited + " §" + section.group(1) + ": no such section in " + ROOT.relativize(target));
            }
        }
        return problems;
    }

    /** The cited path from the repository's root; for a Markdown file also from its own folder. */
    private static Path resolve(Path file, String cited) {
        List<Path> candidates = new ArrayList<>();
        candidates.add(ROOT.resolve(cited));
        String name = file.getFileName().toString();
        if (name.endsWith(".md")) {
            candidates.add(file.getParent().resolve(cited));
        }
        // An applied Flyway migration is frozen, comments included (its checksum covers them):
        // there a bare document name means the one under docs/.
        if (file.toString().contains("/db/migration/") && !cited.contains("/")) {
            candidates.add(ROOT.resolve("docs").resolve(cited));
        }
        for (Path candidate : candidates) {
            Path normal = candidate.normalize();
            if (normal.startsWith(ROOT) && Files.exists(normal)) {
                return normal;
            }
            Path numbered = designDecision(normal);
            if (numbered != null) {
                return numbered;
            }
        }
        return null;
    }

    /** {@code docs/design-decisions/0006} names the decision numbered 0006. */
    private static Path designDecision(Path path) {
        Path folder = path.getParent();
        String number = path.getFileName().toString();
        if (folder == null
                || !folder.endsWith("design-decisions")
                || !number.matches("\\d{4}")
                || !Files.isDirectory(folder)) {
            return null;
        }
        try (Stream<Path> decisions = Files.list(folder)) {
            return decisions
                    .filter(d -> d.getFileName().toString().startsWith(number + "-"))
                    .findFirst()
                    .orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether a Markdown document has section {@code number}: a heading numbered so ({@code ## 4.},
     * {@code ### 4.4}), or for {@code A.B} item B of the numbered list under heading A.
     */
    static boolean hasSection(Path document, String number) {
        String text;
        try {
            text = Files.readString(document, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<int[]> headings = new ArrayList<>(); // start, end of each numbered heading's section
        List<String> numbers = new ArrayList<>();
        Matcher heading = HEADING.matcher(text);
        while (heading.find()) {
            numbers.add(heading.group(1));
            headings.add(new int[] {heading.start(), text.length()});
        }
        for (int i = 0; i + 1 < headings.size(); i++) {
            headings.get(i)[1] = headings.get(i + 1)[0];
        }
        if (numbers.contains(number)) {
            return true;
        }
        int dot = number.indexOf('.');
        if (dot < 0) {
            return false;
        }
        int parent = numbers.indexOf(number.substring(0, dot));
        if (parent < 0) {
            return false;
        }
        String body = text.substring(headings.get(parent)[0], headings.get(parent)[1]);
        return Pattern.compile("(?m)^\\s*" + Pattern.quote(number.substring(dot + 1)) + "\\.\\s")
                .matcher(body)
                .find();
    }

    private static int line(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
