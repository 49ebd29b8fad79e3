package dk.kernebot.session;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dk.kernebot.reflection.LocalizedText;
import dk.kernebot.schema.SchemaChecker;
import dk.kernebot.schema.SchemaProblem;
import dk.kernebot.session.kind.StepProblem;
import dk.kernebot.session.kind.StepType;
import dk.kernebot.session.kind.StepTypes;
import tools.jackson.databind.JsonNode;

/**
 * Reads a process file: the published schema ({@code schemas/process.schema.json}) checks its shape, then the
 * domain rules follow (unique ids, known kinds and what each kind asks of its step, one summary at the end).
 * Every problem is named at once, in Danish, by file, step and field.
 */
final class ProcessParser {

    private static final SchemaChecker SCHEMA = SchemaChecker.fromClasspath("schemas/process.schema.json");
    private static final List<String> VOCABULARIES = List.of(Vocabularies.RINGS, Vocabularies.ROLES,
            Vocabularies.CATEGORIES, Vocabularies.QUALITY_TYPES, Vocabularies.CAPITALS, Vocabularies.THEMES);

    private final StepTypes types;
    private final ProcessProblems problems;

    ProcessParser(StepTypes types, ProcessProblems problems) {
        this.types = types;
        this.problems = problems;
    }

    /** The process, or every problem with the file (as Danish lines). */
    Parsed parse(JsonNode root, String file) {
        List<String> found = new ArrayList<>();
        for (SchemaProblem problem : SCHEMA.check(root)) {
            found.add(problems.schema(file, root, problem));
        }
        if (!found.isEmpty()) {
            return new Parsed(Optional.empty(), found);
        }
        Vocabularies vocabularies = vocabularies(root.path("vocabularies"), file, found);
        List<StepDefinition> steps = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        JsonNode list = root.path("steps");
        for (int i = 0; i < list.size(); i++) {
            StepDefinition step = step(list.get(i));
            if (!ids.add(step.id())) {
                found.add(problems.step(file, step.id(), "id", "duplicate-id"));
            }
            // Read from the file: only the step types themselves look at a loaded step's kind.
            String kind = list.get(i).path("kind").asString();
            Optional<StepType> type = types.find(kind);
            if (type.isEmpty()) {
                found.add(problems.step(file, step.id(), "kind", "unknown-kind", kind, String.join(", ", types.kinds())));
            } else {
                for (StepProblem problem : type.get().problems(step, List.copyOf(steps), vocabularies)) {
                    found.add(problems.step(file, step.id(), problem.field(), problem.code(), problem.args()));
                }
                if (type.get().closesProcess() != (i == list.size() - 1)) {
                    found.add(problems.step(file, step.id(), "kind",
                            type.get().closesProcess() ? "summary-not-last" : "no-summary-at-end"));
                }
            }
            steps.add(step);
        }
        if (!found.isEmpty()) {
            return new Parsed(Optional.empty(), found);
        }
        List<String> keywords = new ArrayList<>();
        root.path("startKeywords").forEach(k -> keywords.add(k.asString()));
        return new Parsed(Optional.of(new ProcessDefinition(root.path("id").asString(), text(root.path("title")),
                keywords, root.path("revisitAfterMonths").asInt(0), root.path("endsInHandleplan").asBoolean(false),
                vocabularies, steps)), List.of());
    }

    record Parsed(Optional<ProcessDefinition> process, List<String> problems) {
    }

    private Vocabularies vocabularies(JsonNode node, String file, List<String> found) {
        Map<String, List<Term>> lists = new LinkedHashMap<>();
        for (String name : VOCABULARIES) {
            List<Term> terms = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (JsonNode term : node.path(name)) {
                String id = term.path("id").asString();
                if (!seen.add(id)) {
                    found.add(problems.file(file, "vocabularies." + name, "duplicate-term", id));
                }
                boolean decides = term.path("decides").asBoolean(false);
                // Only a role decides: a "decides" elsewhere is a mistake the author should hear about.
                if (decides && !Vocabularies.ROLES.equals(name)) {
                    found.add(problems.file(file, "vocabularies." + name, "decides-not-role", id));
                }
                terms.add(new Term(id, text(term.path("label")),
                        term.has("choice") ? text(term.path("choice")) : null, term.path("goal").asBoolean(false),
                        decides, term.path("action").asBoolean(false)));
            }
            if (!terms.isEmpty()) {
                lists.put(name, terms);
            }
        }
        return new Vocabularies(lists);
    }

    private static StepDefinition step(JsonNode step) {
        List<String> categories = new ArrayList<>();
        step.path("categories").forEach(c -> categories.add(c.asString()));
        return new StepDefinition(step.path("id").asString(), step.path("kind").asString(), text(step.path("title")),
                text(step.path("guidance")), step.path("reflectionTheme").asString(null),
                step.path("over").asString(null), step.path("votesPerPerson").asInt(3), categories,
                step.path("aboutChildren").asBoolean(false));
    }

    private static LocalizedText text(JsonNode text) {
        return new LocalizedText(text.path("da").asString(), text.path("en").asString(null));
    }
}
