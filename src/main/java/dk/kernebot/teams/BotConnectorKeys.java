package dk.kernebot.teams;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Bot Connector's signing keys, from its OpenID metadata ({@code jwks_uri}), each with its endorsements (the
 * channels it may sign for). Kept in memory: fetched on first use, again after {@link #MAX_AGE}, and when a token
 * names a key id we do not have (a key rotation), but then at most once per {@link #MIN_REFRESH_INTERVAL}, so a
 * stream of made-up key ids cannot make the bot hammer Microsoft's endpoint or slow every request.
 */
final class BotConnectorKeys {

    static final Duration MAX_AGE = Duration.ofHours(24);
    static final Duration MIN_REFRESH_INTERVAL = Duration.ofMinutes(5);
    static final int MAX_DOCUMENT_BYTES = 512 * 1024;

    private static final Logger log = LoggerFactory.getLogger(BotConnectorKeys.class);

    /** A signing key and the channels it is endorsed for. */
    record EndorsedKey(RSAKey key, List<String> endorsements) {
    }

    private final URI metadata;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private volatile Map<String, EndorsedKey> keys = Map.of();
    private volatile long fetchedAt = Long.MIN_VALUE;
    private long lastAttempt = Long.MIN_VALUE;

    BotConnectorKeys(URI metadata, Clock clock) {
        this.metadata = metadata;
        this.clock = clock;
    }

    Optional<EndorsedKey> find(String keyId) {
        long now = clock.millis();
        if (fetchedAt == Long.MIN_VALUE || now - fetchedAt > MAX_AGE.toMillis()) {
            refresh(now);
        }
        EndorsedKey key = keys.get(keyId);
        if (key == null) {
            refresh(now);
            key = keys.get(keyId);
        }
        return Optional.ofNullable(key);
    }

    private synchronized void refresh(long now) {
        if (lastAttempt != Long.MIN_VALUE && now - lastAttempt < MIN_REFRESH_INTERVAL.toMillis()) {
            return;
        }
        lastAttempt = now;
        try {
            Map<String, Object> meta = JSONObjectUtils.parse(get(metadata));
            String jwksUri = JSONObjectUtils.getString(meta, "jwks_uri");
            if (jwksUri == null) {
                throw new IOException("the OpenID metadata has no jwks_uri");
            }
            Map<String, EndorsedKey> fresh = new HashMap<>();
            for (Map<String, Object> entry : JSONObjectUtils.getJSONObjectArray(
                    JSONObjectUtils.parse(get(URI.create(jwksUri))), "keys")) {
                JWK jwk = JWK.parse(entry);
                if (jwk instanceof RSAKey rsa && rsa.getKeyID() != null) {
                    String[] endorsed = entry.get("endorsements") instanceof List<?> ? JSONObjectUtils.getStringArray(entry, "endorsements") : null;
                    fresh.put(rsa.getKeyID(), new EndorsedKey(rsa, endorsed == null ? List.of() : List.of(endorsed)));
                }
            }
            keys = Map.copyOf(fresh);
            fetchedAt = now;
        } catch (IOException | ParseException | RuntimeException e) {
            // The keys we have stay in use; a token signed with a new key waits for the next refresh.
            log.warn("Could not refresh the Bot Connector's signing keys: {}", e.getClass().getSimpleName());
        }
    }

    private String get(URI uri) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new IOException("HTTP " + response.statusCode());
                }
                byte[] bytes = body.readNBytes(MAX_DOCUMENT_BYTES + 1);
                if (bytes.length > MAX_DOCUMENT_BYTES) {
                    throw new IOException("document too large");
                }
                return new String(bytes, StandardCharsets.UTF_8);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
    }
}
