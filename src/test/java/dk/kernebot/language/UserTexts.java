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
 * Every text a user can see, in one language, read from the files themselves: the message bundle, the processes,
 * the built-in deck, the Teams manifest and (Danish only) the Danish words quoted in the README.
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
    private static final Pattern README_SPAN =
            Pattern.compile("`([^`\n]+)`|\"([^\"\n]+)\"|\\*\\*([^*\n]+)\\*\\*|(?<![*\\w])\\*([^*\\s][^*\n]*)\\*(?![*\\w])");

    private UserTexts() {
    }

    static List<Text> danish(Glossary glossary) throws IOException {
        List<Text> texts = new ArrayList<>(bundle("messages_da.properties"));
        texts.addAll(json("da"));
        texts.addAll(manifest(Projects.ROOT.resolve("manifest/manifest.json"), false));
        texts.addAll(readme(glossary));
        return texts;
    }

    static List<Text> english() throws IOException {
        List<Text> texts = new ArrayList<>(bundle("messages_en.properties"));
        texts.addAll(json("en"));
        texts.addAll(manifest(Projects.ROOT.resolve("manifest/en-us.json"), true));
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

    /** The processes and decks keep each text as {"da": ..., "en": ...}. */
    private static List<Text> json(String language) throws IOException {
        List<Text> texts = new ArrayList<>();
        for (String folder : List.of("processes", "decks")) {
            TextKind kind = folder.equals("decks") ? TextKind.DECK : TextKind.KERNEBOT;
            try (Stream<Path> files = Files.list(RESOURCES.resolve(folder))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                    String where = folder + "/" + file.getFileName();
                    collect(JSON.readTree(file.toFile()), where + ":", language, kind, texts);
                }
            }
        }
        return texts;
    }

    private static void collect(JsonNode node, String path, String language, TextKind kind, List<Text> into) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (field.getKey().equals(language) && field.getValue().isString()) {
                    into.add(new Text(path.substring(0, path.length() - 1), kind, field.getValue().asString()));
                } else {
                    collect(field.getValue(), path + field.getKey() + ".", language, kind, into);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path.substring(0, path.length() - 1) + "[" + i + "].", language, kind, into);
            }
        }
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
