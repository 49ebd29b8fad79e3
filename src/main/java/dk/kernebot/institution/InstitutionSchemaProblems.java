package dk.kernebot.institution;

import java.util.regex.Pattern;

import dk.kernebot.schema.FieldPath;
import dk.kernebot.schema.SchemaProblem;
import tools.jackson.databind.JsonNode;

/**
 * Turns a broken rule of {@code schemas/institution.schema.json} into the institution file's own problem, named by
 * the kind of field it is in, and recognises the slips behind a leader id that is not a GUID.
 */
final class InstitutionSchemaProblems {

    /** The schema's limits that the messages repeat, for the problems whose own detail is another number. */
    static final int MAX_VALUES = 20;
    static final int MAX_REF = 512;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

    private InstitutionSchemaProblems() {
    }

    static InstitutionProblem of(JsonNode file, SchemaProblem problem) {
        FieldPath field = problem.field();
        String at = field.toString();
        SchemaProblem.Code code = problem.code();
        if (code == SchemaProblem.Code.UNKNOWN_FIELD) {
            return InstitutionProblem.of(at, "unknown-field");
        }
        if (field.isRoot()) {
            return InstitutionProblem.of(at, "not-object");
        }
        if (field.size() == 2 && field.index(1) >= 0 && !isLinkList(field.name(0))) {
            return InstitutionProblem.of(at, "not-object");
        }
        if (field.size() == 2 && field.index(1) >= 0) {
            return new InstitutionProblem(at, "bad-ref", MAX_REF);
        }
        String last = field.lastName();
        boolean localized = "kerneopgave".equals(last) || field.size() == 3 && "vaerdisaet".equals(field.name(0))
                && ("name".equals(last) || "description".equals(last));
        if (code == SchemaProblem.Code.MISSING) {
            return InstitutionProblem.of(at, localized ? "missing-text" : "missing");
        }
        if (localized) {
            return InstitutionProblem.of(at, "missing-text");
        }
        return switch (last) {
            case "id" -> InstitutionProblem.of(at, "bad-id");
            case "name", "da", "en", "$schema" -> text(at, problem, field.in(file));
            case "vaerdisaet" -> new InstitutionProblem(at, "values-count", MAX_VALUES);
            case "conversations", "teams", "leaders" -> code == SchemaProblem.Code.TOO_MANY
                    ? new InstitutionProblem(at, "too-many", problem.limit()) : InstitutionProblem.of(at, "not-list");
            case "aadObjectId" -> InstitutionProblem.of(at, aadSlip(field.in(file)));
            case "ageGroup" -> InstitutionProblem.of(at, "bad-age-group");
            default -> InstitutionProblem.of(at, "invalid");
        };
    }

    private static boolean isLinkList(String name) {
        return "conversations".equals(name) || "teams".equals(name);
    }

    private static InstitutionProblem text(String at, SchemaProblem problem, JsonNode value) {
        return switch (problem.code()) {
            case WRONG_TYPE -> InstitutionProblem.of(at, "not-text");
            case TOO_LONG -> new InstitutionProblem(at, "too-long", problem.limit());
            case NO_MATCH -> InstitutionProblem.of(at, value.asString("").isBlank() ? "empty-text" : "control-characters");
            default -> InstitutionProblem.of(at, "invalid");
        };
    }

    /** An e-mail address or a Teams user id ("29:...") is what people copy; neither identifies the person here. */
    private static String aadSlip(JsonNode value) {
        String text = value.isString() ? value.asString().strip() : "";
        if (EMAIL.matcher(text).matches()) {
            return "aad-is-email";
        }
        return text.startsWith("29:") || text.startsWith("8:") ? "aad-is-teams-id" : "bad-aad-id";
    }
}
