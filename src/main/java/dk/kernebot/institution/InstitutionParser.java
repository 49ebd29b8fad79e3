package dk.kernebot.institution;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dk.kernebot.schema.FieldPath;
import dk.kernebot.schema.SchemaChecker;
import dk.kernebot.schema.SchemaProblem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * Reads and checks an institution file as a whole. The structure (fields, types, lengths, counts, unknown fields as
 * errors, because a typo such as "vaerdiset" must not silently drop the værdisæt) is the published
 * {@code schemas/institution.schema.json}; this class reads the bytes (UTF-8, a byte order mark, duplicate keys) and
 * adds what a schema cannot say: ids given twice, and the usual copy-and-paste slips (a URL-encoded id, a thread id,
 * a team's Graph group id). Every problem is collected before giving up, so an admin fixes the file in one round.
 */
final class InstitutionParser {

    static final int MAX_FILE_BYTES = 256 * 1024;
    static final int MAX_VALUES = InstitutionSchemaProblems.MAX_VALUES;

    /** Loaded on the first parse, not with the class: a start with an up-to-date database parses nothing. */
    private static final class Schema {
        static final SchemaChecker CHECKER = SchemaChecker.fromClasspath("schemas/institution.schema.json");
    }
    private static final Pattern URL_ENCODED = Pattern.compile("(?i)%(3a|40)");
    private static final Pattern GUID = Pattern.compile("(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final JsonMapper json = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    InstitutionFile parse(byte[] body) {
        JsonNode root = read(body);
        List<Map.Entry<FieldPath, InstitutionProblem>> found = new ArrayList<>();
        Set<FieldPath> broken = new HashSet<>();
        for (SchemaProblem problem : Schema.CHECKER.check(root)) {
            found.add(Map.entry(problem.field(), InstitutionSchemaProblems.of(root, problem)));
            broken.add(problem.field());
        }
        duplicateValueIds(root, broken, found);
        refSlips(root, "conversations", LinkKind.CONVERSATION, broken, found);
        refSlips(root, "teams", LinkKind.TEAM, broken, found);
        duplicatePeople(root, "leaders", broken, found);
        duplicatePeople(root, "chefs", broken, found);
        if (!found.isEmpty()) {
            found.sort(Map.Entry.comparingByKey(Schema.CHECKER.fieldOrder()));
            throw new InstitutionValidationException(found.stream().map(Map.Entry::getValue).toList());
        }
        return file(root);
    }

    private JsonNode read(byte[] body) {
        if (body == null || body.length == 0) {
            throw invalid(InstitutionProblem.of("", "empty-file"));
        }
        String content;
        try {
            content = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw invalid(InstitutionProblem.of("", "not-utf8"));
        }
        // Windows editors like to start UTF-8 files with a byte order mark; it is not part of the JSON.
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        JsonNode root;
        try {
            root = json.readTree(content);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
            throw invalid(line > 0 ? new InstitutionProblem("", "not-json-at", line)
                    : InstitutionProblem.of("", "not-json"));
        }
        if (root == null || root.isMissingNode()) {
            throw invalid(InstitutionProblem.of("", "empty-file"));
        }
        if (!root.isObject()) {
            throw invalid(InstitutionProblem.of("", "not-object"));
        }
        return root;
    }

    private static void duplicateValueIds(JsonNode root, Set<FieldPath> broken,
                                          List<Map.Entry<FieldPath, InstitutionProblem>> found) {
        Set<String> seen = new HashSet<>();
        JsonNode values = accepted(root, "vaerdisaet", broken);
        for (int i = 0; i < values.size(); i++) {
            FieldPath at = FieldPath.of("vaerdisaet", i, "id");
            JsonNode id = at.in(root);
            if (id.isString() && !broken.contains(at) && !seen.add(id.asString())) {
                found.add(problem(at, "duplicate"));
            }
        }
    }

    /*
     * The rules below look only into what the schema let through: a list it refused as a whole (too long, not a list)
     * or an item it already named gets no second problem.
     */

    /** Teams ids of the right form that still cannot work, and ids given twice. */
    private static void refSlips(JsonNode root, String list, LinkKind kind, Set<FieldPath> broken,
                                 List<Map.Entry<FieldPath, InstitutionProblem>> found) {
        Set<String> seen = new HashSet<>();
        JsonNode refs = accepted(root, list, broken);
        for (int i = 0; i < refs.size(); i++) {
            FieldPath at = FieldPath.of(list, i);
            if (broken.contains(at)) {
                continue;
            }
            String ref = refs.get(i).asString().strip();
            if (URL_ENCODED.matcher(ref).find()) {
                found.add(problem(at, "url-encoded"));
            } else if (ref.contains(";messageid=")) {
                found.add(problem(at, "thread-id"));
            } else if (kind == LinkKind.TEAM && GUID.matcher(ref).matches()) {
                found.add(problem(at, "group-id"));
            } else if (!seen.add(ref)) {
                found.add(problem(at, "duplicate"));
            }
        }
    }

    private static void duplicatePeople(JsonNode root, String list, Set<FieldPath> broken,
                                        List<Map.Entry<FieldPath, InstitutionProblem>> found) {
        Set<String> seen = new HashSet<>();
        JsonNode people = accepted(root, list, broken);
        for (int i = 0; i < people.size(); i++) {
            FieldPath at = FieldPath.of(list, i, "aadObjectId");
            JsonNode aad = at.in(root);
            if (aad.isString() && !broken.contains(at) && !seen.add(aad.asString().strip().toLowerCase(Locale.ROOT))) {
                found.add(problem(at, "duplicate"));
            }
        }
    }

    private static JsonNode accepted(JsonNode root, String list, Set<FieldPath> broken) {
        return broken.contains(FieldPath.of(list)) ? MissingNode.getInstance() : root.path(list);
    }

    /** Builds the institution from a file that has passed every check. */
    private static InstitutionFile file(JsonNode root) {
        List<CoreValue> values = new ArrayList<>();
        for (JsonNode value : root.path("vaerdisaet")) {
            values.add(new CoreValue(value.path("id").asString(), text(value.path("name")), text(value.path("description"))));
        }
        InstitutionProfile profile = new InstitutionProfile(root.path("id").asString(),
                root.path("name").asString().strip(), text(root.path("kerneopgave")), values);
        return new InstitutionFile(profile, refs(root.path("conversations")), refs(root.path("teams")),
                people(root.path("leaders")), people(root.path("chefs")),
                root.has("ageGroup") ? root.path("ageGroup").asString() : null);
    }

    private static List<InstitutionLeader> people(JsonNode list) {
        List<InstitutionLeader> people = new ArrayList<>();
        for (JsonNode person : list) {
            // Teams sends Entra object ids in lower case
            people.add(new InstitutionLeader(person.path("aadObjectId").asString().strip().toLowerCase(Locale.ROOT),
                    person.path("name").asString().strip()));
        }
        return people;
    }

    private static List<String> refs(JsonNode list) {
        List<String> refs = new ArrayList<>();
        list.forEach(ref -> refs.add(ref.asString().strip()));
        return refs;
    }

    private static LocalizedText text(JsonNode node) {
        return new LocalizedText(node.path("da").asString().strip(),
                node.has("en") ? node.path("en").asString().strip() : null);
    }

    private static Map.Entry<FieldPath, InstitutionProblem> problem(FieldPath field, String code) {
        return Map.entry(field, InstitutionProblem.of(field.toString(), code));
    }

    private static InstitutionValidationException invalid(InstitutionProblem problem) {
        return new InstitutionValidationException(List.of(problem));
    }
}
