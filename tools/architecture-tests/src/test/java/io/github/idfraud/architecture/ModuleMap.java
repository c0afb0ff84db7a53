package io.github.idfraud.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The README's module map (the table between {@code <!-- modules:start -->} and {@code <!-- modules:end -->}) checked
 * against the build: every module folder is listed, every dependency on one of our modules is one the map allows,
 * and no module pom writes a version (they all live in the root pom).
 */
final class ModuleMap {

    static final String GROUP = "io.github.idfraud";
    static final String TEST_LIBRARY = "test-support";
    /** How a row names the modules it may use in its tests only, after a semicolon. */
    static final String IN_TESTS = "in tests:";
    static final Set<String> MODULE_PARENTS = Set.of("services", "ml-models", "tools");
    private static final Pattern ROW = Pattern.compile("^\\|\\s*\\[?`([^`]+)`\\]?[^|]*\\|[^|]*\\|([^|]*)\\|\\s*$");

    /**
     * One row of the map: a module folder, the artifacts it may depend on ({@code null}: any, tests only) and those
     * it may use in its tests only (the cell's "; in tests: a, b (why)" part).
     */
    record Entry(String folder, Set<String> allowed, Set<String> allowedInTests) {

        Entry(String folder, Set<String> allowed) {
            this(folder, allowed, Set.of());
        }
    }

    private final Path root;
    private final Map<String, Entry> entries;
    private final Map<Path, Document> poms = new LinkedHashMap<>();

    ModuleMap(Path root) {
        this.root = root;
        this.entries = parse(read(root.resolve("README.md")));
    }

    Map<String, Entry> entries() {
        return entries;
    }

    /** Every folder {@code services/*}, {@code ml-models/*}, {@code tools/*} holding a pom.xml. */
    List<String> moduleFoldersOnDisk() {
        List<String> folders = new ArrayList<>();
        for (String parent : MODULE_PARENTS) {
            try (Stream<Path> children = Files.list(root.resolve(parent))) {
                children.filter(dir -> Files.isRegularFile(dir.resolve("pom.xml")))
                        .forEach(dir -> folders.add(parent + "/" + dir.getFileName()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return folders;
    }

    /** The root pom's {@code <modules>}. */
    List<String> reactorModules() {
        return texts(xml(root.resolve("pom.xml")).getDocumentElement(), "modules", "module");
    }

    /** Everything wrong with the build against the map, one line each; empty when they agree. */
    List<String> violations() {
        List<String> problems = new ArrayList<>();
        Set<String> onDisk = new LinkedHashSet<>(moduleFoldersOnDisk());
        for (String folder : onDisk) {
            if (!entries.containsKey(folder)) {
                problems.add(folder + " has a pom.xml but no row in the README's module map");
            }
        }
        for (String folder : entries.keySet()) {
            if (!onDisk.contains(folder)) {
                problems.add("the README's module map lists " + folder + ", which has no pom.xml");
            }
        }
        for (String module : reactorModules()) {
            if (!entries.containsKey(module)) {
                problems.add("the root pom builds " + module + ", which the README's module map does not list");
            }
        }
        Map<String, String> folderByArtifact = new LinkedHashMap<>();
        for (String folder : onDisk) {
            folderByArtifact.put(artifactId(folder), folder);
        }
        for (String folder : onDisk) {
            Entry entry = entries.get(folder);
            if (entry != null) {
                problems.addAll(dependencyViolations(folder, entry, folderByArtifact));
            }
            problems.addAll(versionViolations(folder));
        }
        return problems;
    }

    private List<String> dependencyViolations(String folder, Entry entry, Map<String, String> folderByArtifact) {
        List<String> problems = new ArrayList<>();
        for (Element dependency : dependencies(folder)) {
            if (!GROUP.equals(text(dependency, "groupId"))) {
                continue;
            }
            String artifact = text(dependency, "artifactId");
            boolean testScope = "test".equals(text(dependency, "scope"));
            boolean allowed = entry.allowed() == null ? testScope
                    : entry.allowed().contains(artifact) || (testScope && (TEST_LIBRARY.equals(artifact)
                            || entry.allowedInTests().contains(artifact)));
            if (!allowed) {
                problems.add("forbidden dependency: " + folder + " -> " + folderByArtifact.getOrDefault(artifact, artifact)
                        + (testScope ? " (test)" : "") + "; the README's module map allows " + describe(entry));
            }
        }
        return problems;
    }

    private List<String> versionViolations(String folder) {
        List<String> problems = new ArrayList<>();
        for (Element dependency : dependencies(folder)) {
            if (!text(dependency, "version").isEmpty()) {
                problems.add(folder + "/pom.xml writes a version for " + text(dependency, "groupId") + ":"
                        + text(dependency, "artifactId") + "; versions belong in the root pom's dependencyManagement");
            }
        }
        NodeList plugins = pom(folder).getElementsByTagName("plugin");
        for (int i = 0; i < plugins.getLength(); i++) {
            Element plugin = (Element) plugins.item(i);
            if (!text(plugin, "version").isEmpty()) {
                problems.add(folder + "/pom.xml writes a version for plugin " + text(plugin, "artifactId")
                        + "; plugin versions belong in the root pom's pluginManagement");
            }
        }
        return problems;
    }

    private static String describe(Entry entry) {
        String inTests = entry.allowedInTests().isEmpty() ? ""
                : "; in tests: " + String.join(", ", entry.allowedInTests());
        return entry.allowed() == null ? "only test-scoped modules" : entry.allowed().isEmpty() ? "none of ours"
                : String.join(", ", entry.allowed()) + inTests;
    }

    private String artifactId(String folder) {
        return text(pom(folder).getDocumentElement(), "artifactId");
    }

    /** The project's own {@code <dependencies>} and those in its {@code <dependencyManagement>}. */
    private List<Element> dependencies(String folder) {
        NodeList nodes = pom(folder).getElementsByTagName("dependency");
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    /** A module's pom, parsed once however many checks read it. */
    private Document pom(String folder) {
        return poms.computeIfAbsent(root.resolve(folder).resolve("pom.xml"), ModuleMap::xml);
    }

    static Map<String, Entry> parse(String readme) {
        int start = readme.indexOf("<!-- modules:start -->");
        int end = readme.indexOf("<!-- modules:end -->");
        if (start < 0 || end < start) {
            throw new IllegalStateException("README.md has no <!-- modules:start --> ... <!-- modules:end --> table");
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (String line : readme.substring(start, end).split("\n")) {
            Matcher row = ROW.matcher(line.trim());
            if (!row.matches() || line.contains("---")) {
                continue;
            }
            String[] parts = row.group(2).split(";", 2);
            String allowedText = parts[0].trim();
            Set<String> allowed;
            if (allowedText.startsWith("every module")) {
                allowed = null;
            } else if (allowedText.startsWith("nothing")) {
                allowed = Set.of();
            } else {
                allowed = names(allowedText);
            }
            String testsText = parts.length > 1 ? parts[1].trim() : "";
            Set<String> inTests = testsText.startsWith(IN_TESTS)
                    ? names(testsText.substring(IN_TESTS.length()).replaceAll("\\([^)]*\\)", "")) : Set.of();
            entries.put(row.group(1), new Entry(row.group(1), allowed, inTests));
        }
        return entries;
    }

    private static Set<String> names(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document xml(Path pom) {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + pom + ": " + e.getMessage(), e);
        }
    }

    /** A direct child element's text, or "" when there is none. */
    private static String text(Element parent, String child) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(child)) {
                return element.getTextContent().trim();
            }
        }
        return "";
    }

    private static List<String> texts(Element parent, String container, String child) {
        List<String> values = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(container)) {
                NodeList children = element.getElementsByTagName(child);
                for (int i = 0; i < children.getLength(); i++) {
                    values.add(children.item(i).getTextContent().trim());
                }
            }
        }
        return values;
    }

    /** The repository root: the nearest folder upwards whose pom.xml is the parent pom. */
    static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path pom = dir.resolve("pom.xml");
            if (Files.isRegularFile(pom) && read(pom).contains("<artifactId>idfraud-parent</artifactId>")
                    && Files.isDirectory(dir.resolve("services"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
    }
}
