package dk.kernebot.teams;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.function.Consumer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dk.kernebot.support.TeamsActivities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Each rule of a Bot Connector channel token, one test each, through /api/messages: only a token Teams' connector
 * would send gets a 202; a token that is right in every way but one is a 401 and changes nothing.
 */
@ExtendWith(OutputCaptureExtension.class)
class ChannelTokenTest extends AuthenticatedBotTest {

    private static final String KEYS = "/openid/keys";

    @Test
    void aValidChannelTokenGetsIn() {
        assertThat(post(channelToken(c -> { }), chat()).statusCode()).isEqualTo(202);
    }

    @Test
    void aSkillShapedTokenIsRefusedEvenWithTheRightAudienceAndAKnownKey() {
        // What another bot sends when it calls us as a skill: an Entra token for our app id, naming itself.
        String skill = sign(signingKey, "test-key", JWSAlgorithm.RS256, new JWTClaimsSet.Builder()
                .issuer("https://login.microsoftonline.com/" + UUID.randomUUID() + "/v2.0")
                .audience(APP_ID).claim("ver", "2.0").claim("azp", "22222222-3333-4444-5555-666666666666")
                .claim("appid", "22222222-3333-4444-5555-666666666666")
                .claim("serviceurl", connector.serviceUrl())
                .notBeforeTime(Date.from(now().minusSeconds(60))).expirationTime(Date.from(now().plusSeconds(600)))
                .build());

        TeamsActivities chat = chat();
        assertRefused(post(skill, chat), chat);
    }

    @Test
    void anEmulatorTokenIsRefused() {
        String emulator = channelToken(c -> c.issuer("https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/")
                .claim("ver", "1.0").claim("appid", APP_ID));

        TeamsActivities chat = chat();
        assertRefused(post(emulator, chat), chat);
    }

    @Test
    void aTokenForAnotherAppIsRefused() {
        TeamsActivities chat = chat();
        assertRefused(post(channelToken(c -> c.audience("99999999-8888-7777-6666-555555555555")), chat), chat);
    }

    @Test
    void aServiceUrlClaimThatDiffersFromTheActivitysIsRefused() {
        TeamsActivities chat = chat();
        assertRefused(post(channelToken(c -> c.claim("serviceurl", "https://smba.trafficmanager.net/emea/")), chat), chat);
    }

    @Test
    void aTokenWithoutAServiceUrlClaimIsRefused() {
        TeamsActivities chat = chat();
        assertRefused(post(channelToken(c -> c.claim("serviceurl", null)), chat), chat);
    }

    @Test
    void onlyRs256IsAccepted() {
        TeamsActivities chat = chat();
        String rs512 = sign(signingKey, "test-key", JWSAlgorithm.RS512, claims(c -> { }).build());
        String hs256 = signHmac(claims(c -> { }).build());

        assertRefused(post(rs512, chat), chat);
        assertRefused(post(hs256, chat), chat);
    }

    @Test
    void fiveMinutesOfClockSkewAreAllowedAndNoMore() {
        TeamsActivities chat = chat();
        String expiredFourMinutesAgo = channelToken(c -> c.expirationTime(Date.from(now().minusSeconds(240))));
        String expiredSixMinutesAgo = channelToken(c -> c.expirationTime(Date.from(now().minusSeconds(360))));
        String validInSixMinutes = channelToken(c -> c.notBeforeTime(Date.from(now().plusSeconds(360))));

        assertThat(post(expiredFourMinutesAgo, chat).statusCode()).isEqualTo(202);
        TeamsActivities other = chat();
        assertRefused(post(expiredSixMinutesAgo, other), other);
        assertRefused(post(validInSixMinutes, other), other);
    }

    @Test
    void expectRepliesIsNotSomethingTeamsSendsAndIsRefused() {
        TeamsActivities chat = chat();
        String body = chat.message("Anne", "hjælp").replaceFirst("\\{", "{\"deliveryMode\":\"expectReplies\",");

        var response = endpoint().withAuthorization("Bearer " + channelToken(c -> { })).post(body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("Det kan Kernebot");
        assertThat(connector.sentTo(chat.conversationId())).isEmpty();
    }

    @Test
    void signingKeysAreCachedAndAnUnknownKidRefreshesThemAtMostEveryFiveMinutes() {
        assertThat(post(channelToken(c -> { }), chat()).statusCode()).isEqualTo(202);
        int fetches = keyFetches();
        assertThat(fetches).isPositive();
        for (int i = 0; i < 5; i++) {
            assertThat(post(channelToken(c -> { }), chat()).statusCode()).isEqualTo(202);
        }
        assertThat(keyFetches()).as("not fetched per request").isEqualTo(fetches);

        // Later, a token from a key the metadata does not list yet (a rotation): one refresh, still unknown, refused.
        clock.advance(Duration.ofMinutes(6));
        KeyPair rotated = rsaKeyPair();
        String kid = "rotated-" + UUID.randomUUID();
        String token = sign(rotated, kid, JWSAlgorithm.RS256, claims(c -> { }).build());
        TeamsActivities chat = chat();
        assertRefused(post(token, chat), chat);
        assertThat(keyFetches()).isEqualTo(fetches + 1);

        // The connector now publishes it, but a stream of unknown kids within five minutes fetches nothing more.
        publish(rotated, kid);
        clock.advance(Duration.ofMinutes(1));
        for (int i = 0; i < 20; i++) {
            String madeUp = sign(rotated, "made-up-" + i, JWSAlgorithm.RS256, claims(c -> { }).build());
            assertThat(post(madeUp, chat()).statusCode()).isEqualTo(401);
        }
        assertThat(post(sign(rotated, kid, JWSAlgorithm.RS256, claims(c -> { }).build()), chat()).statusCode())
                .isEqualTo(401);
        assertThat(keyFetches()).isEqualTo(fetches + 1);

        clock.advance(Duration.ofMinutes(5));
        assertThat(post(sign(rotated, kid, JWSAlgorithm.RS256, claims(c -> { }).build()), chat()).statusCode())
                .isEqualTo(202);
        assertThat(keyFetches()).isEqualTo(fetches + 2);
    }

    @Test
    void aForgedTokenHeaderCannotWriteALogLine(CapturedOutput output) {
        String header = base64("{\"alg\":\"RS256\",\"kid\":\"x\\r\\n2026-12-01 ERROR FORGED admin logged in\\n\"}");
        String forged = header + "." + base64("{\"iss\":\"x\\nFORGED too\"}") + ".c2ln";
        TeamsActivities chat = chat();

        assertRefused(post(forged, chat), chat);
        assertThat(output.getAll()).doesNotContain("\n2026-12-01 ERROR FORGED").doesNotContain("\nFORGED");
    }

    private void assertRefused(java.net.http.HttpResponse<String> response, TeamsActivities chat) {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(conversations.find(chat.conversationId())).isEmpty();
        assertThat(connector.sentTo(chat.conversationId())).isEmpty();
    }

    private java.net.http.HttpResponse<String> post(String token, TeamsActivities chat) {
        return endpoint().withAuthorization("Bearer " + token).post(chat.message("Anne", "hjælp"));
    }

    private TeamsActivities chat() {
        return TeamsActivities.groupChat(connector.serviceUrl());
    }

    /** A token exactly as the Bot Connector sends it, changed by {@code change}. */
    private String channelToken(Consumer<JWTClaimsSet.Builder> change) {
        return sign(signingKey, "test-key", JWSAlgorithm.RS256, claims(change).build());
    }

    private JWTClaimsSet.Builder claims(Consumer<JWTClaimsSet.Builder> change) {
        Instant now = now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer("https://api.botframework.com").audience(APP_ID)
                .notBeforeTime(Date.from(now.minusSeconds(60))).expirationTime(Date.from(now.plusSeconds(3600)))
                .claim("serviceurl", connector.serviceUrl());
        change.accept(claims);
        return claims;
    }

    private static String sign(KeyPair key, String kid, JWSAlgorithm algorithm, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(algorithm).keyID(kid).build(), claims);
            jwt.sign(new RSASSASigner(key.getPrivate()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The classic confusion: HMAC with the public key's bytes as the secret. */
    private static String signHmac(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("test-key").build(), claims);
            jwt.sign(new MACSigner(signingKey.getPublic().getEncoded()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void publish(KeyPair extra, String kid) {
        connector.server().stubFor(get(urlPathEqualTo(KEYS))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("""
                        {"keys":[{"kty":"RSA","use":"sig","kid":"test-key","n":"%s","e":"%s","endorsements":["msteams"]},
                                 {"kty":"RSA","use":"sig","kid":"%s","n":"%s","e":"%s","endorsements":["msteams"]}]}"""
                        .formatted(base64Url(((RSAPublicKey) signingKey.getPublic()).getModulus()),
                                base64Url(((RSAPublicKey) signingKey.getPublic()).getPublicExponent()), kid,
                                base64Url(((RSAPublicKey) extra.getPublic()).getModulus()),
                                base64Url(((RSAPublicKey) extra.getPublic()).getPublicExponent())))));
    }

    private static int keyFetches() {
        return connector.server().findAll(getRequestedFor(urlPathEqualTo(KEYS))).size();
    }

    private static String base64(String json) {
        return java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
