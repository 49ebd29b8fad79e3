package dk.kernebot.language;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every text a user can see, in one language, read from the files themselves: the message bundle, every process
 * and deck file, the sample institution, the Teams manifest, the privacy page's text and (Danish only) the card
 * samples and the Danish words quoted in the README. Folders are read whole, so a file added to them is held by the
 * glossary too.
 */
final class UserTexts {

    /** One text and where it lives: a bundle key, or a file and a path inside it. */
    record Text(String where, TextKind kind, String text) {

        boolean isBundle() {
            return !where.contains(":");
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path RESOURCES = Projects.ROOT.resolve("src/main/resources");
    private static final List<String> ADMIN_PREFIXES =
            List.of("deck.problem.", "decks.admin.", "institution.problem.", "institution.admin.");
    private static final Set<String> OTHER_LANGUAGES = Set.of("da", "en");
    /** Keys whose values are ids, addresses, colours, commands or enum values, never shown as they are. */
    private static final Pattern IDENTIFIER_KEY = Pattern.compile("(?i).*(id|url|color|style|weight|key|command)"
            + "|keyword|kind|over|reflectionTheme|theme|categories|ageGroup|nextStage|currentStatus|default\\p{L}+"
            + "|dueValue|dayValue|\\$schema");
    /** An enum value, an id with digits or separators, an address, a date. */
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Z0-9_]+|\\S*[\\d:/_.]\\S*");
    private static final Pattern README_SPAN =
            Pattern.compile("`([^`\n]+)`|\"([^\"\n]+)\"|\\*\\*([^*\n]+)\\*\\*|(?<![*\\w])\\*([^*\\s][^*\n]*)\\*(?![*\\w])");

    private UserTexts() {
    }

    static List<Text> danish(Glossary glossary) throws IOException {
        List<Text> texts = new ArrayList<>(bundle("messages_da.properties"));
        texts.addAll(json("da"));
        texts.addAll(manifest(Projects.ROOT.resolve("manifest/manifest.json"), false));
        texts.addAll(samples());
        texts.addAll(privacyPage("docs/privatliv.md", "\n## For databeskyttelsesrådgiveren\n"));
        texts.addAll(readme(glossary));
        return texts;
    }

    static List<Text> english() throws IOException {
        List<Text> texts = new ArrayList<>(bundle("messages_en.properties"));
        texts.addAll(json("en"));
        texts.addAll(manifest(Projects.ROOT.resolve("manifest/en-us.json"), true));
        texts.addAll(privacyPage("docs/privacy.en.md", "\n## For the data protection officer\n"));
        return texts;
    }

    static Map<String, String> bundleTexts(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(RESOURCES.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        Map<String, String> texts = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
        return texts;
    }

    private static List<Text> bundle(String name) throws IOException {
        return bundleTexts(name).entrySet().stream()
                .map(e -> new Text(e.getKey(), ADMIN_PREFIXES.stream().anyMatch(e.getKey()::startsWith)
                        ? TextKind.ADMIN : TextKind.KERNEBOT, e.getValue()))
                .toList();
    }

    /**
     * The processes, decks and institutions keep each text as {"da": ..., "en": ...}. A Danish text written
     * outside that pair (a process that forgot its English twin, a start command) is held too: every other string
     * that reads as Danish and is not an identifier.
     */
    private static List<Text> json(String language) throws IOException {
        List<Text> texts = new ArrayList<>();
        for (String folder : List.of("processes", "decks", "institutions")) {
            TextKind kind = folder.equals("decks") ? TextKind.DECK : TextKind.KERNEBOT;
            for (Path file : jsonFiles(RESOURCES.resolve(folder), false)) {
                String where = folder + "/" + file.getFileName();
                collect(JSON.readTree(file.toFile()), where + ":", "", language, kind, texts);
            }
        }
        return texts;
    }

    /** The sample data of every card template (cards/*.data.json): what the template checks render, in Danish. */
    private static List<Text> samples() throws IOException {
        List<Text> texts = new ArrayList<>();
        for (Path file : jsonFiles(Projects.ROOT.resolve("cards"), true)) {
            collect(JSON.readTree(file.toFile()), "cards/" + file.getFileName() + ":", "", "da", TextKind.KERNEBOT, texts);
        }
        return texts;
    }

    static List<Path> jsonFiles(Path folder, boolean samples) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".json") && f.toString().endsWith(".data.json") == samples)
                    .sorted().toList();
        }
    }

    private static void collect(JsonNode node, String path, String key, String language, TextKind kind, List<Text> into) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                JsonNode value = field.getValue();
                if (field.getKey().equals(language) && value.isString()) {
                    into.add(new Text(path.substring(0, path.length() - 1), kind, value.asString()));
                } else if (!OTHER_LANGUAGES.contains(field.getKey()) || !value.isString()) {
                    collect(value, path + field.getKey() + ".", field.getKey(), language, kind, into);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path.substring(0, path.length() - 1) + "[" + i + "].", key, language, kind, into);
            }
        } else if (node.isString() && language.equals("da") && isText(key, node.asString())) {
            into.add(new Text(path.substring(0, path.length() - 1), kind, node.asString()));
        }
    }

    /** A string outside a language pair is a text unless its key or its shape says it is an identifier. */
    private static boolean isText(String key, String value) {
        return !IDENTIFIER_KEY.matcher(key).matches() && !IDENTIFIER.matcher(value).matches()
                && value.matches("(?s).*\\p{L}.*");
    }

    /** The manifest's names, descriptions and command lists; the localisation file is flat. */
    private static List<Text> manifest(Path file, boolean flat) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        List<Text> texts = new ArrayList<>();
        String where = "manifest/" + file.getFileName() + ":";
        if (flat) {
            for (Map.Entry<String, JsonNode> field : root.properties()) {
                if (!field.getKey().startsWith("$")) {
                    texts.add(new Text(where + field.getKey(), TextKind.KERNEBOT, field.getValue().asString()));
                }
            }
            return texts;
        }
        for (String name : List.of("short", "full")) {
            texts.add(new Text(where + "name." + name, TextKind.KERNEBOT, root.path("name").path(name).asString()));
            texts.add(new Text(where + "description." + name, TextKind.KERNEBOT,
                    root.path("description").path(name).asString()));
        }
        JsonNode lists = root.path("bots").path(0).path("commandLists");
        for (int l = 0; l < lists.size(); l++) {
            JsonNode commands = lists.get(l).path("commands");
            for (int c = 0; c < commands.size(); c++) {
                for (String field : List.of("title", "description")) {
                    texts.add(new Text(where + "commandLists[" + l + "].commands[" + c + "]." + field,
                            TextKind.KERNEBOT, commands.get(c).path(field).asString()));
                }
            }
        }
        return texts;
    }

    /**
     * The page /privatliv serves, one text per paragraph, list item or table row, without the code it quotes
     * (columns, settings, addresses). From the data protection officer's part on, it is written for administrators.
     */
    private static List<Text> privacyPage(String document, String forAdministrators) throws IOException {
        String markdown = Files.readString(Projects.ROOT.resolve(document), StandardCharsets.UTF_8);
        int administrators = markdown.indexOf(forAdministrators);
        if (administrators < 0) {
            throw new AssertionError(document + " has no section \"" + forAdministrators.strip() + "\"");
        }
        int firstAdministratorLine = (int) markdown.substring(0, administrators + 1).chars().filter(c -> c == '\n').count();
        List<Text> texts = new ArrayList<>();
        String[] lines = markdown.split("\n", -1);
        int start = -1;
        StringBuilder block = new StringBuilder();
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : "";
            boolean begins = line.isBlank() || line.startsWith("- ") || line.startsWith("|") || line.startsWith("#");
            if (begins && start >= 0) {
                String text = block.toString().replaceAll("`[^`]*`", "…").strip();
                if (text.matches("(?s).*\\p{L}.*")) {
                    texts.add(new Text(document + ":" + (start + 1),
                            start >= firstAdministratorLine ? TextKind.ADMIN : TextKind.KERNEBOT, text));
                }
                block.setLength(0);
                start = -1;
            }
            if (!line.isBlank() && !line.matches("\\|[-| :]+\\|")) {
                start = start < 0 ? i : start;
                block.append(line.strip()).append(' ');
            }
        }
        return texts;
    }

    /**
     * The README is English; its Danish parts are the commands, buttons and phrases it quotes (in backticks,
     * quotes, bold or italics) that contain a Danish letter or a word the glossary lists as Danish.
     */
    private static List<Text> readme(Glossary glossary) throws IOException {
        String readme = Pattern.compile("(?s)```.*?```").matcher(
                        Files.readString(Projects.ROOT.resolve("README.md"), StandardCharsets.UTF_8))
                .replaceAll(block -> "\n".repeat((int) block.group().chars().filter(c -> c == '\n').count()));
        List<Text> texts = new ArrayList<>();
        String[] lines = readme.split("\n");
        for (int i = 0; i < lines.length; i++) {
            Matcher m = README_SPAN.matcher(lines[i]);
            while (m.find()) {
                String span = Stream.of(m.group(1), m.group(2), m.group(3), m.group(4))
                        .filter(g -> g != null).findFirst().orElseThrow();
                if (isDanish(span, glossary.danishWords())) {
                    texts.add(new Text("README.md:" + (i + 1), TextKind.KERNEBOT, span));
                }
            }
        }
        return texts;
    }

    static boolean isDanish(String text, Set<String> danishWords) {
        if (text.matches(".*[\\\\_=/$<>{}].*") && !text.matches(".*<tekst>.*|.*<dato>.*")) {
            return false;
        }
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (word.matches(".*[æøå].*") || danishWords.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
