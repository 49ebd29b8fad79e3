package dk.kernebot.teams;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.connector.authentication.AuthenticationConstants;
import com.microsoft.bot.connector.authentication.AuthenticationException;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.RoleTypes;
import com.microsoft.bot.schema.Serialization;
import dk.kernebot.logs.LogFields;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Bot Connector's door: {@code POST /api/messages}. It reads the body itself (bounded), parses it with the
 * SDK's own Jackson 2 serialisation (Spring's Jackson 3 must never touch SDK objects), and answers machines with
 * plain HTTP status codes: 400 for what is not an activity, 401 for a bad token, 403 for a refused tenant (or,
 * with authentication off, a service URL off this machine). The token is checked by {@link BotConnectorTokens}
 * before the SDK sees anything.
 */
@RestController
class MessagesController {

    private static final Logger log = LoggerFactory.getLogger(MessagesController.class);

    private final KernebotAdapter adapter;
    /** {@link KernebotBot}; only the bench jar (src/bench/java, {@code kernebot.bench.echo=true}) puts its echo bot here. */
    private final Bot bot;
    private final BotSettings settings;
    private final BotConnectorTokens tokens;

    MessagesController(KernebotAdapter adapter, Bot bot, BotSettings settings, BotConnectorTokens tokens) {
        this.adapter = adapter;
        this.tokens = tokens;
        this.bot = bot;
        this.settings = settings;
    }

    @PostMapping(path = "/api/messages")
    ResponseEntity<String> incoming(@RequestHeader(name = "Authorization", required = false) String authorization,
                                    HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > settings.maxBodyBytes()) {
            return problem(HttpStatus.CONTENT_TOO_LARGE, "Request body too large");
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(settings.maxBodyBytes() + 1);
        }
        if (body.length > settings.maxBodyBytes()) {
            return problem(HttpStatus.CONTENT_TOO_LARGE, "Request body too large");
        }
        Activity activity;
        try {
            activity = parse(new String(body, StandardCharsets.UTF_8));
        } catch (InvalidActivityException e) {
            return problem(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        // Every line logged while this activity is handled names it (structured logs carry these as fields); the
        // ids are bounded and checked by parse, and the message text is never put here.
        try (MDC.MDCCloseable conversation = MDC.putCloseable(LogFields.CONVERSATION_ID, activity.getConversation().getId());
             MDC.MDCCloseable id = MDC.putCloseable(LogFields.ACTIVITY_ID, activity.getId())) {
            return handle(authorization, activity);
        }
    }

    private ResponseEntity<String> handle(String authorization, Activity activity) throws IOException {
        ClaimsIdentity identity;
        try {
            identity = identify(authorization, activity);
        } catch (TokenRefusedException e) {
            // The reason is Kernebot's own fixed text; nothing of the token itself reaches the log.
            log.info("Refused an activity: {}", e.getMessage());
            return problem(HttpStatus.UNAUTHORIZED, "Unauthorized");
        }
        if (identity == null) {
            log.warn("Refused an activity for a service URL off this machine while authentication is off");
            return problem(HttpStatus.FORBIDDEN, "Without authentication only loopback service URLs are served");
        }
        try {
            InvokeResponse response = adapter.processActivity(identity, activity, bot::onTurn).get();
            if (response == null) {
                return ResponseEntity.accepted().build();
            }
            String json = response.getBody() == null ? null : Serialization.toString(response.getBody());
            return ResponseEntity.status(response.getStatus()).contentType(MediaType.APPLICATION_JSON).body(json);
        } catch (ExecutionException | CompletionException e) {
            return failure(rootCause(e));
        } catch (RuntimeException e) {
            return failure(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return problem(HttpStatus.SERVICE_UNAVAILABLE, "Interrupted");
        }
    }

    /**
     * The checked identity to hand the SDK (which then does no token check of its own), or null when the request
     * is refused without authentication: with authentication off the bot answers only service URLs on this machine,
     * so nobody can repoint a conversation's replies elsewhere.
     */
    private ClaimsIdentity identify(String authorization, Activity activity) {
        if (settings.authenticationEnabled()) {
            return tokens.check(authorization, activity);
        }
        return LocalOnly.isLoopback(activity.getServiceUrl())
                ? new ClaimsIdentity(AuthenticationConstants.ANONYMOUS_AUTH_TYPE) : null;
    }

    private ResponseEntity<String> failure(Throwable cause) {
        if (cause instanceof AuthenticationException) {
            log.info("Refused an activity: the SDK refused its credentials");
            return problem(HttpStatus.UNAUTHORIZED, "Unauthorized");
        }
        if (cause instanceof TenantRefusedException) {
            log.warn("Refused an activity from a tenant outside the allow-list");
            return problem(HttpStatus.FORBIDDEN, "Tenant not allowed");
        }
        log.error("Processing an activity failed", cause);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error");
    }

    static Activity parse(String json) throws InvalidActivityException {
        JsonNode tree;
        try {
            tree = Serialization.jsonToTree(json);
        } catch (IOException | RuntimeException e) {
            throw new InvalidActivityException("Body is not valid JSON");
        }
        if (tree == null || !tree.isObject()) {
            throw new InvalidActivityException("Body must be a JSON object");
        }
        ActivityLimits.removeNulCharacters(tree);
        Activity activity;
        try {
            activity = Serialization.treeToValue(tree, Activity.class);
        } catch (RuntimeException e) {
            throw new InvalidActivityException("Body is not a Bot Framework activity");
        }
        if (activity == null || isBlank(activity.getType())) {
            throw new InvalidActivityException("Activity has no type");
        }
        if (activity.getConversation() == null || isBlank(activity.getConversation().getId())) {
            throw new InvalidActivityException("Activity has no conversation id");
        }
        if (isBlank(activity.getServiceUrl()) || !activity.getServiceUrl().matches("(?i)https?://\\S+")) {
            throw new InvalidActivityException("Activity has no valid serviceUrl");
        }
        if (isBlank(activity.getChannelId())) {
            throw new InvalidActivityException("Activity has no channelId");
        }
        if (activity.getRecipient() == null || isBlank(activity.getRecipient().getId())) {
            throw new InvalidActivityException("Activity has no recipient");
        }
        String tooLong = ActivityLimits.firstTooLong(activity);
        if (tooLong != null) {
            throw new InvalidActivityException("Activity field is too long: " + tooLong);
        }
        ActivityLimits.shortenNames(activity);
        ChannelAccount recipient = activity.getRecipient();
        if (recipient.getRole() == null) {
            // The SDK throws a NullPointerException for anonymous requests whose recipient has no role.
            recipient.setRole(RoleTypes.BOT);
        }
        if (activity.getDeliveryMode() != null && !"normal".equalsIgnoreCase(activity.getDeliveryMode())) {
            // Teams never asks for replies in the HTTP answer ("expectReplies"); that path is for bot-to-bot calls.
            throw new InvalidActivityException("Activity deliveryMode is not supported");
        }
        if (activity.getLocale() != null && !ActivityLimits.isLanguageTag(activity.getLocale())) {
            // The SDK throws for an ill-formed locale; a wrong locale should cost the user only the language.
            activity.setLocale(null);
        }
        return activity;
    }

    private static ResponseEntity<String> problem(HttpStatus status, String message) {
        String json = "{\"status\":" + status.value() + ",\"error\":\"" + message.replace("\"", "'") + "\"}";
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(json);
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    static final class InvalidActivityException extends Exception {
        InvalidActivityException(String message) {
            super(message);
        }
    }
}
