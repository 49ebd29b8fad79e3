package dk.kernebot.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * WireMock standing in for the Bot Connector at the activity's serviceUrl. It accepts every post and update,
 * answers with a fresh activity id, and lets tests read what the bot sent to one conversation.
 */
public final class FakeConnector {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicLong IDS = new AtomicLong();

    private final WireMockServer server;
    private final InFlightProbe probe = new InFlightProbe();

    public FakeConnector() {
        server = new WireMockServer(options().dynamicPort().notifier(new ConsoleNotifier(false))
                .extensions(new ActivityIdTransformer(), new CreatedConversationTransformer(), probe));
        server.start();
        reset();
    }

    public String serviceUrl() {
        return "http://localhost:" + server.port() + "/";
    }

    public WireMockServer server() {
        return server;
    }

    /** Watches activity posts while they are answered (concurrency, order); idle until a test starts a watch. */
    public InFlightProbe probe() {
        return probe;
    }

    /** Back to accepting everything; keeps the request log (tests read it per conversation). */
    public void reset() {
        server.resetMappings();
        server.stubFor(post(urlPathEqualTo("/v3/conversations"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withTransformers(CreatedConversationTransformer.NAME)));
        server.stubFor(any(urlPathMatching("/v3/conversations/.*"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withTransformers(ActivityIdTransformer.NAME)));
    }

    /** Every request the bot sent to this conversation, oldest first. */
    public List<Sent> sentTo(String conversationId) {
        return chronological().stream()
                .map(ServeEvent::getRequest)
                .filter(r -> decodedPath(r).startsWith("/v3/conversations/" + conversationId + "/"))
                .map(Sent::new)
                .toList();
    }

    /**
     * Every request served, oldest first. WireMock lists the newest first and logs dates to the millisecond, so two
     * requests in the same millisecond keep the order they were served in only if the list is reversed before the
     * (stable) sort by date.
     */
    public List<ServeEvent> chronological() {
        List<ServeEvent> events = new java.util.ArrayList<>(server.getAllServeEvents());
        java.util.Collections.reverse(events);
        events.sort(java.util.Comparator.comparing(e -> e.getRequest().getLoggedDate()));
        return events;
    }

    /**
     * Every activity posted, in any conversation, whose text contains {@code fragment}, oldest first: a 1:1 chat may be
     * one an earlier test already opened for the same person.
     */
    public List<Sent> postedAnywhere(String fragment) {
        return chronological().stream()
                .map(ServeEvent::getRequest)
                .filter(r -> r.getMethod().getName().equals("POST") && r.getUrl().contains("/activities"))
                .map(Sent::new)
                .filter(s -> s.allText().contains(fragment))
                .toList();
    }

    /** Only the activities posted (new messages), not updates. */
    public List<Sent> postedTo(String conversationId) {
        return sentTo(conversationId).stream().filter(s -> s.method().equals("POST")).toList();
    }

    /** The id the connector gave each activity posted to this conversation, in posting order. */
    public List<String> postedIds(String conversationId) {
        return chronological().stream()
                .filter(e -> e.getRequest().getMethod().getName().equals("POST")
                        && decodedPath(e.getRequest()).startsWith("/v3/conversations/" + conversationId + "/"))
                .map(e -> Sent.parse(e.getResponse().getBodyAsString()))
                .map(body -> body == null ? null : body.path("id").asText(null))
                .toList();
    }

    /** The newest activity posted to this conversation; fails the test when the bot posted nothing there. */
    public Sent lastPostedTo(String conversationId) {
        List<Sent> posted = postedTo(conversationId);
        if (posted.isEmpty()) {
            throw new AssertionError("The bot posted nothing to " + conversationId);
        }
        return posted.get(posted.size() - 1);
    }

    public List<Sent> updatesIn(String conversationId) {
        return sentTo(conversationId).stream().filter(s -> s.method().equals("PUT")).toList();
    }

    public void stop() {
        server.stop();
    }

    static String decodedPath(LoggedRequest request) {
        String url = request.getUrl();
        int query = url.indexOf('?');
        return URLDecoder.decode(query < 0 ? url : url.substring(0, query), StandardCharsets.UTF_8);
    }

    /** One request the bot made to the connector. */
    public record Sent(String method, String path, String authorization, JsonNode body) {

        public Sent(LoggedRequest request) {
            this(request.getMethod().getName(), decodedPath(request), request.getHeader("Authorization"),
                    parse(request.getBodyAsString()));
        }

        /** The first Adaptive Card in the activity, or null. */
        public JsonNode card() {
            JsonNode attachments = body == null ? null : body.get("attachments");
            if (attachments == null || !attachments.isArray()) {
                return null;
            }
            for (JsonNode attachment : attachments) {
                if ("application/vnd.microsoft.card.adaptive".equals(attachment.path("contentType").asText())) {
                    return attachment.get("content");
                }
            }
            return null;
        }

        public String text() {
            return body == null ? null : body.path("text").asText(null);
        }

        /** Every text in the activity: its text plus all strings in its cards, for "does it say X" checks. */
        public String allText() {
            StringBuilder out = new StringBuilder();
            if (text() != null) {
                out.append(text()).append('\n');
            }
            JsonNode card = card();
            if (card != null) {
                collect(card, out);
            }
            return out.toString();
        }

        private static void collect(JsonNode node, StringBuilder out) {
            if (node.isTextual()) {
                out.append(node.asText()).append('\n');
            }
            node.forEach(child -> collect(child, out));
        }

        static JsonNode parse(String body) {
            try {
                return body == null || body.isBlank() ? null : JSON.readTree(body);
            } catch (Exception e) {
                return null;
            }
        }
    }

    /** A WireMock path regex for posts into one conversation, whatever the client percent-encodes. */
    public static String activitiesPathRegex(String conversationId) {
        return "/v3/conversations/" + conversationId.replaceAll("[^A-Za-z0-9-]+", ".+") + "/activities.*";
    }

    /** The personal chat id the fake connector creates for a user: "a:personal-for-" + their id. */
    public static String personalChatFor(String userId) {
        return "a:personal-for-" + userId;
    }

    /** Requests that opened a conversation (createConversation), oldest first. */
    public List<Sent> conversationsCreated() {
        return chronological().stream()
                .map(ServeEvent::getRequest)
                .filter(r -> r.getMethod().getName().equals("POST") && decodedPath(r).equals("/v3/conversations"))
                .map(Sent::new)
                .toList();
    }

    /** Answers createConversation with a personal chat id derived from the member, as Teams returns the same 1:1. */
    static final class CreatedConversationTransformer implements ResponseTransformerV2 {
        static final String NAME = "created-conversation";

        @Override
        public Response transform(Response response, ServeEvent serveEvent) {
            String member = "unknown";
            try {
                member = JSON.readTree(serveEvent.getRequest().getBodyAsString()).path("members").path(0).path("id").asText();
            } catch (Exception ignored) {
                // an unreadable request gets the fallback id; the test asserting on it will say so
            }
            return Response.Builder.like(response)
                    .body("{\"id\":\"" + personalChatFor(member) + "\"}")
                    .build();
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return NAME;
        }
    }

    /** Answers each post with a new activity id, as the real connector does. */
    static final class ActivityIdTransformer implements ResponseTransformerV2 {
        static final String NAME = "activity-id";

        @Override
        public Response transform(Response response, ServeEvent serveEvent) {
            return Response.Builder.like(response)
                    .body("{\"id\":\"bot-activity-" + IDS.incrementAndGet() + "\"}")
                    .build();
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return NAME;
        }
    }
}
