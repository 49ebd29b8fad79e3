package dk.kernebot.session;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dk.kernebot.chat.Texts;
import dk.kernebot.session.kind.StepTypes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The processes the bot can run, read at start-up from processes/*.json in the jar and from any further locations
 * {@code kernebot.session.processes} names (a municipality's own processes, without Java). A broken process file
 * stops the application from starting, naming every problem of every file: a session that breaks halfway through
 * a staff meeting is worse.
 */
@Component
public class ProcessCatalog {

    static final String BUILT_IN = "classpath*:processes/*.json";

    private final Map<String, ProcessDefinition> processes = new LinkedHashMap<>();

    ProcessCatalog(StepTypes types, Texts texts,
                   @Value("${kernebot.session.processes:" + BUILT_IN + "}") String locations) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        ProcessParser parser = new ProcessParser(types, new ProcessProblems(texts));
        List<String> problems = new ArrayList<>();
        for (Resource resource : files(locations)) {
            try (InputStream in = resource.getInputStream()) {
                ProcessParser.Parsed parsed = parser.parse(json.readTree(in), resource.getFilename());
                problems.addAll(parsed.problems());
                parsed.process().ifPresent(p -> {
                    if (processes.put(p.id(), p) != null) {
                        problems.add(resource.getFilename() + ": "
                                + texts.get(Texts.DANISH, "process.problem.duplicate-process", p.id()));
                    }
                });
            } catch (JacksonException e) {
                problems.add(resource.getFilename() + ": " + texts.get(Texts.DANISH, "process.problem.not-json"));
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Procesfilerne under processes/ har fejl:\n" + String.join("\n", problems));
        }
        if (processes.isEmpty()) {
            throw new IllegalStateException("No process definitions found under processes/");
        }
    }

    /** Each location's files in name order, the locations in the order given (comma separated). */
    private static List<Resource> files(String locations) throws IOException {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        List<Resource> all = new ArrayList<>();
        for (String location : locations.split(",")) {
            if (location.isBlank()) {
                continue;
            }
            Resource[] found = resolver.getResources(location.strip());
            Arrays.sort(found, Comparator.comparing(Resource::getFilename));
            all.addAll(Arrays.asList(found));
        }
        return all;
    }

    public Optional<ProcessDefinition> find(String id) {
        return Optional.ofNullable(processes.get(id));
    }

    /** The process a start command names ("kerneopgave" in "start kerneopgave"), in any letter case. */
    public Optional<ProcessDefinition> byStartWords(String words) {
        String wanted = words == null ? "" : words.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return processes.values().stream()
                .filter(p -> p.startKeywords().stream().anyMatch(k -> k.toLowerCase(Locale.ROOT)
                        .replaceFirst("^start ", "").equals(wanted)))
                .findFirst();
    }

    public List<ProcessDefinition> all() {
        return List.copyOf(processes.values());
    }
}
