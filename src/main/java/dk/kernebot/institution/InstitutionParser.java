package dk.kernebot.institution;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and checks an institution file as a whole. Every problem is collected before giving up, so an admin fixes
 * the file in one round; unknown fields are errors, because a typo such as "vaerdiset" must not silently drop the
 * værdisæt; and the usual copy-and-paste slips (a URL-encoded id, a thread id, a team's Graph group id) are named.
 */
final class InstitutionParser {

    static final int MAX_FILE_BYTES = 256 * 1024;
    static final int MAX_NAME = 200;
    static final int MAX_TEXT = 2000;
    static final int MAX_VALUES = 20;
    static final int MAX_LINKS = 1000;
    static final int MAX_REF = 512;
    static final int MAX_LEADERS = 20;
    static final int MAX_PERSON_NAME = 100;

    private static final Pattern ID = Pattern.compile("[a-z0-9-]{1,64}");
    private static final Pattern REF = Pattern.compile("[^\\s\\p{Cntrl}]+");
    private static final Pattern URL_ENCODED = Pattern.compile("(?i)%(3a|40)");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");
    private static final Pattern GUID = Pattern.compile("(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    /** Line breaks and tabs are fine in a text; other control characters are invisible and PostgreSQL refuses NUL. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\r\\t]]");

    private static final Set<String> FILE_FIELDS = Set.of("id", "name", "kerneopgave", "vaerdisaet", "conversations", "teams",
            "leaders");
    private static final Set<String> VALUE_FIELDS = Set.of("id", "name", "description");
    private static final Set<String> TEXT_FIELDS = Set.of("da", "en");
    private static final Set<String> LEADER_FIELDS = Set.of("aadObjectId", "name");

    private final JsonMapper json = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    InstitutionFile parse(byte[] body) {
        JsonNode root = read(body);
        List<InstitutionProblem> problems = new ArrayList<>();
        unknownFields(root, "", FILE_FIELDS, problems);
        String id = id(root.get("id"), "id", problems);
        String name = plainText(root.get("name"), "name", MAX_NAME, problems);
        LocalizedText kerneopgave = text(root.get("kerneopgave"), "kerneopgave", MAX_TEXT, problems);
        List<CoreValue> values = values(root.get("vaerdisaet"), problems);
        List<String> conversations = refs(root.get("conversations"), "conversations", LinkKind.CONVERSATION, problems);
        List<String> teams = refs(root.get("teams"), "teams", LinkKind.TEAM, problems);
        List<InstitutionLeader> leaders = leaders(root.get("leaders"), problems);
        if (!problems.isEmpty()) {
            throw new InstitutionValidationException(problems);
        }
        return new InstitutionFile(new InstitutionProfile(id, name, kerneopgave, values), conversations, teams, leaders);
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

    private List<CoreValue> values(JsonNode node, List<InstitutionProblem> problems) {
        List<CoreValue> values = new ArrayList<>();
        if (node == null) {
            problems.add(InstitutionProblem.of("vaerdisaet", "missing"));
            return values;
        }
        if (!node.isArray() || node.isEmpty() || node.size() > MAX_VALUES) {
            problems.add(new InstitutionProblem("vaerdisaet", "values-count", MAX_VALUES));
            return values;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String at = "vaerdisaet[" + i + "]";
            JsonNode value = node.get(i);
            if (!value.isObject()) {
                problems.add(InstitutionProblem.of(at, "not-object"));
                continue;
            }
            unknownFields(value, at + ".", VALUE_FIELDS, problems);
            String id = id(value.get("id"), at + ".id", problems);
            if (id != null && !seen.add(id)) {
                problems.add(InstitutionProblem.of(at + ".id", "duplicate"));
            }
            LocalizedText name = text(value.get("name"), at + ".name", MAX_NAME, problems);
            LocalizedText description = text(value.get("description"), at + ".description", MAX_TEXT, problems);
            values.add(new CoreValue(id, name, description));
        }
        return values;
    }

    /**
     * Optional: the people who lead every linked conversation, by Entra object id (a GUID). The usual slips, an
     * e-mail address or a Teams user id ("29:..."), are named, since neither identifies the person here.
     */
    private static List<InstitutionLeader> leaders(JsonNode node, List<InstitutionProblem> problems) {
        List<InstitutionLeader> leaders = new ArrayList<>();
        if (node == null) {
            return leaders;
        }
        if (!node.isArray()) {
            problems.add(InstitutionProblem.of("leaders", "not-list"));
            return leaders;
        }
        if (node.size() > MAX_LEADERS) {
            problems.add(new InstitutionProblem("leaders", "too-many", MAX_LEADERS));
            return leaders;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String at = "leaders[" + i + "]";
            JsonNode leader = node.get(i);
            if (!leader.isObject()) {
                problems.add(InstitutionProblem.of(at, "not-object"));
                continue;
            }
            unknownFields(leader, at + ".", LEADER_FIELDS, problems);
            String aad = aadObjectId(leader.get("aadObjectId"), at + ".aadObjectId", problems);
            String name = plainText(leader.get("name"), at + ".name", MAX_PERSON_NAME, problems);
            if (aad != null && !seen.add(aad)) {
                problems.add(InstitutionProblem.of(at + ".aadObjectId", "duplicate"));
            } else if (aad != null && name != null) {
                leaders.add(new InstitutionLeader(aad, name));
            }
        }
        return leaders;
    }

    private static String aadObjectId(JsonNode node, String field, List<InstitutionProblem> problems) {
        if (node == null) {
            problems.add(InstitutionProblem.of(field, "missing"));
            return null;
        }
        String value = node.isString() ? node.asString().strip() : "";
        if (GUID.matcher(value).matches()) {
            return value.toLowerCase(Locale.ROOT);
        }
        if (EMAIL.matcher(value).matches()) {
            problems.add(InstitutionProblem.of(field, "aad-is-email"));
        } else if (value.startsWith("29:") || value.startsWith("8:")) {
            problems.add(InstitutionProblem.of(field, "aad-is-teams-id"));
        } else {
            problems.add(InstitutionProblem.of(field, "bad-aad-id"));
        }
        return null;
    }

    /** Optional lists of Teams ids; an institution may start without any and be linked from the chat. */
    private static List<String> refs(JsonNode node, String field, LinkKind kind, List<InstitutionProblem> problems) {
        List<String> refs = new ArrayList<>();
        if (node == null) {
            return refs;
        }
        if (!node.isArray()) {
            problems.add(InstitutionProblem.of(field, "not-list"));
            return refs;
        }
        if (node.size() > MAX_LINKS) {
            problems.add(new InstitutionProblem(field, "too-many", MAX_LINKS));
            return refs;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String at = field + "[" + i + "]";
            JsonNode item = node.get(i);
            String ref = item.isString() ? item.asString().strip() : null;
            if (ref == null || ref.isEmpty() || ref.length() > MAX_REF || !REF.matcher(ref).matches()) {
                problems.add(new InstitutionProblem(at, "bad-ref", MAX_REF));
            } else if (URL_ENCODED.matcher(ref).find()) {
                problems.add(InstitutionProblem.of(at, "url-encoded"));
            } else if (ref.contains(";messageid=")) {
                problems.add(InstitutionProblem.of(at, "thread-id"));
            } else if (kind == LinkKind.TEAM && GUID.matcher(ref).matches()) {
                problems.add(InstitutionProblem.of(at, "group-id"));
            } else if (!seen.add(ref)) {
                problems.add(InstitutionProblem.of(at, "duplicate"));
            } else {
                refs.add(ref);
            }
        }
        return refs;
    }

    /** {"da": "...", "en": "..."}: Danish required, English optional but never empty when given. */
    private static LocalizedText text(JsonNode node, String field, int max, List<InstitutionProblem> problems) {
        if (node == null || !node.isObject()) {
            problems.add(InstitutionProblem.of(field, "missing-text"));
            return null;
        }
        unknownFields(node, field + ".", TEXT_FIELDS, problems);
        String da = plainText(node.get("da"), field + ".da", max, problems);
        String en = node.has("en") ? plainText(node.get("en"), field + ".en", max, problems) : null;
        return new LocalizedText(da, en);
    }

    private static String plainText(JsonNode node, String field, int max, List<InstitutionProblem> problems) {
        if (node == null) {
            problems.add(InstitutionProblem.of(field, "missing"));
            return null;
        }
        if (!node.isString()) {
            problems.add(InstitutionProblem.of(field, "not-text"));
            return null;
        }
        String text = node.asString().strip();
        if (text.isEmpty()) {
            problems.add(InstitutionProblem.of(field, "empty-text"));
        } else if (text.length() > max) {
            problems.add(new InstitutionProblem(field, "too-long", max));
        } else if (CONTROL.matcher(text).find()) {
            problems.add(InstitutionProblem.of(field, "control-characters"));
        } else {
            return text;
        }
        return null;
    }

    private static String id(JsonNode node, String field, List<InstitutionProblem> problems) {
        if (node == null) {
            problems.add(InstitutionProblem.of(field, "missing"));
            return null;
        }
        if (!node.isString() || !ID.matcher(node.asString()).matches()) {
            problems.add(InstitutionProblem.of(field, "bad-id"));
            return null;
        }
        return node.asString();
    }

    private static void unknownFields(JsonNode node, String prefix, Set<String> known, List<InstitutionProblem> problems) {
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                problems.add(InstitutionProblem.of(prefix + name, "unknown-field"));
            }
        }
    }

    private static InstitutionValidationException invalid(InstitutionProblem problem) {
        return new InstitutionValidationException(List.of(problem));
    }
}
