package dk.kernebot.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Builds activities shaped as Teams sends them (personal chat, group chat, channel), as JSON text for the
 * real HTTP endpoint. Each builder is one conversation; users are "Anne", "Bo", "Carla".
 */
public final class TeamsActivities {

    public static final String BOT_ID = "28:kernebot-test-bot";
    public static final String BOT_NAME = "Kernebot";
    private static final ObjectMapper JSON = new ObjectMapper();

    public enum Kind { PERSONAL, GROUP_CHAT, CHANNEL }

    private final Kind kind;
    private final String conversationId;
    private final String serviceUrl;
    private final String tenantId;
    private final String teamId;
    /** A meeting's chat: a group chat Teams names "19:meeting_…" whose channel data carries the meeting. */
    private final boolean meeting;
    private String locale = "da-DK";

    private TeamsActivities(Kind kind, String serviceUrl, String tenantId) {
        this(kind, serviceUrl, tenantId, false);
    }

    private TeamsActivities(Kind kind, String serviceUrl, String tenantId, boolean meeting) {
        this.kind = kind;
        this.serviceUrl = serviceUrl;
        this.tenantId = tenantId;
        this.meeting = meeting;
        String unique = UUID.randomUUID().toString();
        this.conversationId = meeting ? "19:meeting_" + unique.replace("-", "") + "@thread.v2" : switch (kind) {
            case PERSONAL -> "a:personal-" + unique;
            case GROUP_CHAT -> "19:group-" + unique + "@thread.v2";
            case CHANNEL -> "19:channel-" + unique + "@thread.tacv2";
        };
        this.teamId = kind == Kind.CHANNEL ? "19:team-" + unique + "@thread.tacv2" : null;
    }

    public static TeamsActivities personal(String serviceUrl) {
        return new TeamsActivities(Kind.PERSONAL, serviceUrl, "tenant-test");
    }

    public static TeamsActivities groupChat(String serviceUrl) {
        return new TeamsActivities(Kind.GROUP_CHAT, serviceUrl, "tenant-test");
    }

    /** The chat of a Teams meeting (issue 18: the group sits in the room). */
    public static TeamsActivities meetingChat(String serviceUrl) {
        return new TeamsActivities(Kind.GROUP_CHAT, serviceUrl, "tenant-test", true);
    }

    public static TeamsActivities channel(String serviceUrl) {
        return new TeamsActivities(Kind.CHANNEL, serviceUrl, "tenant-test");
    }

    public TeamsActivities inTenant(String tenant) {
        TeamsActivities copy = new TeamsActivities(kind, serviceUrl, tenant, meeting);
        copy.locale = locale;
        return copy;
    }

    public TeamsActivities inEnglish() {
        this.locale = "en-US";
        return this;
    }

    public String conversationId() {
        return conversationId;
    }

    public String teamId() {
        return teamId;
    }

    public Kind kind() {
        return kind;
    }

    /** A message as typed by a user; in group chats and channels Teams prefixes the bot's mention. */
    public String message(String user, String text) {
        Map<String, Object> activity = base("message", user);
        boolean mention = kind != Kind.PERSONAL;
        String mentionText = "<at>" + BOT_NAME + "</at>";
        activity.put("text", mention ? mentionText + " " + text : text);
        activity.put("textFormat", "plain");
        if (mention) {
            activity.put("entities", List.of(Map.of(
                    "type", "mention",
                    "text", mentionText,
                    "mentioned", Map.of("id", BOT_ID, "name", BOT_NAME))));
        }
        return json(activity);
    }

    /** A message that @mentions the bot and other people, e.g. "leder @Lone". */
    public String messageMentioning(String user, String text, String... people) {
        Map<String, Object> activity = base("message", user);
        StringBuilder full = new StringBuilder("<at>" + BOT_NAME + "</at> " + text);
        List<Map<String, Object>> entities = new ArrayList<>();
        entities.add(Map.of("type", "mention", "text", "<at>" + BOT_NAME + "</at>",
                "mentioned", Map.of("id", BOT_ID, "name", BOT_NAME)));
        for (String person : people) {
            full.append(" <at>").append(person).append("</at>");
            entities.add(Map.of("type", "mention", "text", "<at>" + person + "</at>",
                    "mentioned", Map.of("id", userId(person), "name", person, "aadObjectId", aadId(person))));
        }
        activity.put("text", full.toString());
        activity.put("entities", entities);
        return json(activity);
    }

    /** A channel message written as a reply in the thread started by {@code rootMessageId}. */
    public String messageInThread(String user, String text, String rootMessageId) {
        @SuppressWarnings("unchecked")
        Map<String, Object> activity = (Map<String, Object>) read(message(user, text));
        @SuppressWarnings("unchecked")
        Map<String, Object> conversation = (Map<String, Object>) activity.get("conversation");
        conversation.put("id", conversationId + ";messageid=" + rootMessageId);
        return json(activity);
    }

    private static Object read(String json) {
        try {
            return JSON.readValue(json, Map.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A message typed without the mention (possible in personal chat, and for robustness elsewhere). */
    public String plainMessage(String user, String text) {
        Map<String, Object> activity = base("message", user);
        activity.put("text", text);
        return json(activity);
    }

    /** The Action.Submit fallback: a message whose value is the card data plus inputs. */
    public String submit(String user, String cardActivityId, Map<String, Object> data) {
        Map<String, Object> activity = base("message", user);
        activity.put("replyToId", cardActivityId);
        activity.put("value", data);
        return json(activity);
    }

    /** An Action.Execute click, as the adaptiveCard/action invoke Teams sends. */
    public String execute(String user, String cardActivityId, String verb, Map<String, Object> data) {
        Map<String, Object> activity = base("invoke", user);
        activity.put("name", "adaptiveCard/action");
        activity.put("replyToId", cardActivityId);
        Map<String, Object> action = new LinkedHashMap<>();
        action.put("type", "Action.Execute");
        action.put("verb", verb);
        action.put("data", data);
        activity.put("value", Map.of("action", action, "trigger", "manual"));
        return json(activity);
    }

    /** The bot was added to the conversation (Teams sends this together with installationUpdate). */
    public String botAdded(String user) {
        return json(botAddedActivity(user));
    }

    /** The bot was added, as Teams really says it: conversationUpdate carries no locale. */
    public String botAddedWithoutLocale(String user) {
        Map<String, Object> activity = botAddedActivity(user);
        activity.remove("locale");
        return json(activity);
    }

    private Map<String, Object> botAddedActivity(String user) {
        Map<String, Object> activity = base("conversationUpdate", user);
        List<Map<String, Object>> added = new ArrayList<>();
        added.add(Map.of("id", BOT_ID));
        if (kind == Kind.PERSONAL) {
            added.add(Map.of("id", userId(user)));
        }
        activity.put("membersAdded", added);
        return activity;
    }

    public String installationAdded(String user) {
        Map<String, Object> activity = base("installationUpdate", user);
        activity.put("action", "add");
        return json(activity);
    }

    /** The bot was removed from the conversation (or, in a channel, from its team). */
    public String botRemoved(String user) {
        Map<String, Object> activity = base("conversationUpdate", user);
        activity.put("membersRemoved", List.of(Map.of("id", BOT_ID)));
        return json(activity);
    }

    public String installationRemoved(String user) {
        Map<String, Object> activity = base("installationUpdate", user);
        activity.put("action", "remove");
        return json(activity);
    }

    public String memberAdded(String user, String newMember) {
        Map<String, Object> activity = base("conversationUpdate", user);
        activity.put("membersAdded", List.of(Map.of("id", userId(newMember))));
        return json(activity);
    }

    public static String userId(String user) {
        return "29:user-" + user.toLowerCase();
    }

    /** A GUID, as Entra object ids are, and the same one for the same name in every test. */
    public static String aadId(String user) {
        return UUID.nameUUIDFromBytes(("aad-" + user.toLowerCase()).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString();
    }

    private Map<String, Object> base(String type, String user) {
        Map<String, Object> activity = new LinkedHashMap<>();
        activity.put("type", type);
        activity.put("id", "act-" + UUID.randomUUID());
        activity.put("timestamp", "2026-11-23T09:00:00.000Z");
        activity.put("serviceUrl", serviceUrl);
        activity.put("channelId", "msteams");
        activity.put("from", Map.of("id", userId(user), "name", user, "aadObjectId", aadId(user)));
        Map<String, Object> conversation = new LinkedHashMap<>();
        conversation.put("id", conversationId);
        conversation.put("tenantId", tenantId);
        conversation.put("conversationType", switch (kind) {
            case PERSONAL -> "personal";
            case GROUP_CHAT -> "groupChat";
            case CHANNEL -> "channel";
        });
        if (kind != Kind.PERSONAL) {
            conversation.put("isGroup", true);
        }
        activity.put("conversation", conversation);
        activity.put("recipient", Map.of("id", BOT_ID, "name", BOT_NAME));
        activity.put("locale", locale);
        Map<String, Object> channelData = new LinkedHashMap<>();
        channelData.put("tenant", Map.of("id", tenantId));
        if (kind == Kind.CHANNEL) {
            channelData.put("team", Map.of("id", teamId, "name", "Børnehuset Solsikken"));
            channelData.put("channel", Map.of("id", conversationId, "name", "Personalemøder"));
        }
        if (meeting) {
            channelData.put("meeting", Map.of("id", "MCMxOTptZWV0aW5n-" + conversationId.hashCode()));
        }
        activity.put("channelData", channelData);
        return activity;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
