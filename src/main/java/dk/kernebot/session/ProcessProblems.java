package dk.kernebot.session;

import java.util.Locale;

import dk.kernebot.chat.Texts;
import dk.kernebot.schema.FieldPath;
import dk.kernebot.schema.SchemaProblem;
import tools.jackson.databind.JsonNode;

/** The Danish lines that name what is wrong with a process file: by file, by step (its id) and by field. */
final class ProcessProblems {

    private static final Locale DANISH = Texts.DANISH;

    private final Texts texts;

    ProcessProblems(Texts texts) {
        this.texts = texts;
    }

    String step(String file, String stepId, String field, String code, Object... args) {
        return texts.get(DANISH, "process.problem.step", file, stepId, field,
                texts.get(DANISH, "process.problem." + code, args));
    }

    String file(String file, String field, String code, Object... args) {
        return texts.get(DANISH, "process.problem.file", file, field, texts.get(DANISH, "process.problem." + code, args));
    }

    /** A broken schema rule, named within its step when it is in one whose id can be read. */
    String schema(String file, JsonNode root, SchemaProblem problem) {
        FieldPath field = problem.field();
        String what = texts.get(DANISH, "process.problem.schema." + problem.code().name(),
                problem.detail() == null ? "" : problem.detail());
        if (field.size() >= 3 && "steps".equals(field.name(0)) && field.index(1) >= 0) {
            JsonNode id = FieldPath.of("steps", field.index(1), "id").in(root);
            if (id != null && id.isString() && !id.asString().isBlank()) {
                return texts.get(DANISH, "process.problem.step", file, id.asString(), field.drop(2).toString(), what);
            }
        }
        return texts.get(DANISH, "process.problem.file", file, field.isRoot() ? "(fil)" : field.toString(), what);
    }
}
