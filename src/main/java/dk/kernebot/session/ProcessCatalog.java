package dk.kernebot.session;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dk.kernebot.reflection.LocalizedText;
import dk.kernebot.session.kind.StepType;
import dk.kernebot.session.kind.StepTypes;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The processes the bot can run, read from processes/*.json at start-up. A broken process file stops the
 * application from starting: a session that breaks halfway through a staff meeting is worse.
 */
@Component
public class ProcessCatalog {

    private final Map<String, ProcessDefinition> processes = new LinkedHashMap<>();

    ProcessCatalog(StepTypes types) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:processes/*.json");
        java.util.Arrays.sort(files, java.util.Comparator.comparing(Resource::getFilename));
        for (Resource resource : files) {
            try (InputStream in = resource.getInputStream()) {
                ProcessDefinition process = parse(json.readTree(in), resource.getFilename(), types);
                processes.put(process.id(), process);
            }
        }
        if (processes.isEmpty()) {
            throw new IllegalStateException("No process definitions found under processes/");
        }
    }

    public Optional<ProcessDefinition> find(String id) {
        return Optional.ofNullable(processes.get(id));
    }

    /** The process a start command names ("kerneopgave" in "start kerneopgave"), in any letter case. */
    public Optional<ProcessDefinition> byStartWords(String words) {
        String wanted = words == null ? "" : words.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
        return processes.values().stream()
                .filter(p -> p.startKeywords().stream().anyMatch(k -> k.toLowerCase(java.util.Locale.ROOT)
                        .replaceFirst("^start ", "").equals(wanted)))
                .findFirst();
    }

    public List<ProcessDefinition> all() {
        return List.copyOf(processes.values());
    }

    static ProcessDefinition parse(JsonNode root, String file, StepTypes types) {
        String id = required(root, "id", file);
        List<String> keywords = new ArrayList<>();
        root.path("startKeywords").forEach(k -> keywords.add(k.asString()));
        if (keywords.isEmpty()) {
            throw new IllegalStateException(file + ": startKeywords is empty");
        }
        List<StepDefinition> steps = new ArrayList<>();
        List<Boolean> closing = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode step : root.path("steps")) {
            String stepId = required(step, "id", file);
            if (!ids.add(stepId)) {
                problems.add("Trin-id'et \"" + stepId + "\" er brugt to gange.");
            }
            String kind = required(step, "kind", file);
            List<String> categories = new ArrayList<>();
            step.path("categories").forEach(c -> categories.add(c.asString()));
            StepDefinition definition = new StepDefinition(stepId, kind, text(step, "title", file),
                    text(step, "guidance", file), step.path("reflectionTheme").asString(null),
                    step.path("over").asString(null), step.path("votesPerPerson").asInt(3), categories,
                    step.path("aboutChildren").asBoolean(false));
            Optional<StepType> type = types.find(kind);
            if (type.isEmpty()) {
                problems.add("Trin \"" + stepId + "\": trintypen \"" + kind + "\" findes ikke (kendte: "
                        + String.join(", ", types.kinds()) + ").");
            } else {
                problems.addAll(type.get().problems(definition, List.copyOf(steps)));
            }
            steps.add(definition);
            closing.add(type.map(StepType::closesProcess).orElse(false));
        }
        for (int i = 0; i < steps.size(); i++) {
            boolean closes = closing.get(i);
            if (closes != (i == steps.size() - 1)) {
                problems.add("Trin \"" + steps.get(i).id() + "\": " + (closes
                        ? "et opsamlingstrin skal være det sidste trin." : "processen skal slutte med et opsamlingstrin."));
            }
        }
        if (steps.isEmpty()) {
            problems.add("Processen har ingen trin.");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(file + ":\n" + String.join("\n", problems));
        }
        return new ProcessDefinition(id, text(root, "title", file), keywords,
                root.path("revisitAfterMonths").asInt(0), root.path("endsInHandleplan").asBoolean(false), steps);
    }

    private static LocalizedText text(JsonNode node, String field, String file) {
        JsonNode text = node.path(field);
        String da = text.path("da").asString("");
        if (da.isBlank()) {
            throw new IllegalStateException(file + ": " + field + ".da is missing");
        }
        return new LocalizedText(da, text.path("en").asString(null));
    }

    private static String required(JsonNode node, String field, String file) {
        String value = node.path(field).asString("");
        if (value.isBlank()) {
            throw new IllegalStateException(file + ": " + field + " is missing");
        }
        return value;
    }
}
