package dk.kernebot.teams;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigInteger;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.bot.connector.authentication.Authenticator;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import dk.kernebot.conversation.ConversationStore;
import dk.kernebot.support.BotEndpoint;
import dk.kernebot.support.BotEndpointFactory;
import dk.kernebot.support.FakeConnector;
import dk.kernebot.support.FakeConnector.Sent;
import dk.kernebot.support.TeamsActivities;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With an app id configured, only activities carrying a valid Bot Connector token get in, replies carry the
 * bot's own token, and tenants outside the allow-list are refused.
 */
class AuthenticationTest extends AuthenticatedBotTest {

    @Test
    void noTokenIs401AndNothingHappens() {
        TeamsActivities chat = TeamsActivities.groupChat(connector.serviceUrl());

        HttpResponse<String> response = endpoint().post(chat.message("Anne", "hjælp"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(conversations.find(chat.conversationId())).isEmpty();
        assertThat(connector.sentTo(chat.conversationId())).isEmpty();
    }

    @Test
    void wrongAudienceIs401() {
        TeamsActivities chat = TeamsActivities.groupChat(connector.serviceUrl());
        String token = token(signingKey, "some-other-bot", now().plusSeconds(600));

        HttpResponse<String> response = endpoint().withAuthorization("Bearer " + token).post(chat.message("Anne", "hjælp"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(connector.sentTo(chat.conversationId())).isEmpty();
    }

    @Test
    void expiredTokenIs401() {
        TeamsActivities chat = TeamsActivities.groupChat(connector.serviceUrl());
        String token = token(signingKey, APP_ID, now().minusSeconds(3600));

        assertThat(endpoint().withAuthorization("Bearer " + token).post(chat.message("Anne", "hjælp")).statusCode())
                .isEqualTo(401);
    }

    @Test
    void tokenSignedByAnUnknownKeyIs401() {
        TeamsActivities chat = TeamsActivities.groupChat(connector.serviceUrl());
        String token = token(strangerKey, APP_ID, now().plusSeconds(600));

        assertThat(endpoint().withAuthorization("Bearer " + token).post(chat.message("Anne", "hjælp")).statusCode())
                .isEqualTo(401);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "not-yet-valid", "wrong-issuer", "alg-none", "unsigned", "garbage", "not-bearer", "wrong-endorsement-channel"})
    void everyKindOfBadTokenIs401(String kind) {
        TeamsActivities chat = TeamsActivities.groupChat(connector.serviceUrl());
        String valid = token(signingKey, APP_ID, now().plusSeconds(600));
        String[] parts = valid.split("\\.");
        String header = switch (kind) {
            case "not-yet-valid" -> "Bearer " + JWT.create().withKeyId("test-key").withIssuer("https://api.botframework.com")
                    .withAudience(APP_ID).withNotBefore(Date.from(now().plusSeconds(3600)))
                    .withExpiresAt(Date.from(now().plusSeconds(7200))).withClaim("serviceurl", connector.serviceUrl())
                    .sign(Algorithm.RSA256((RSAPublicKey) signingKey.getPublic(), (RSAPrivateKey) signingKey.getPrivate()));
            case "wrong-issuer" -> "Bearer " + JWT.create().withKeyId("test-key").withIssuer("https://evil.example")
                    .withAudience(APP_ID).withExpiresAt(Date.from(now().plusSeconds(600)))
                    .withClaim("serviceurl", connector.serviceUrl())
                    .sign(Algorithm.RSA256((RSAPublicKey) signingKey.getPublic(), (RSAPrivateKey) signingKey.getPrivate()));
            case "alg-none" -> "Bearer " + JWT.create().withKeyId("test-key").withIssuer("https://api.botframework.com")
                    .withAudience(APP_ID).withExpiresAt(Date.from(now().plusSeconds(600)))
                    .withClaim("serviceurl", connector.serviceUrl()).sign(Algorithm.none());
            case "unsigned" -> "Bearer " + parts[0] + "." + parts[1] + ".";
            case "garbage" -> "Bearer not.a.token";
            case "not-bearer" -> "Basic " + valid;
            default -> "Bearer " + valid;
        };
        String body = kind.equals("wrong-endorsement-channel")
                ? chat.message("Anne", "hjælp").replace("\"channelId\":\"msteams\"", "\"channelId\":\"webchat\"")
                : chat.message("Anne", "hjælp");

        HttpResponse<String> response = endpoint().withAuthorization(header).post(body);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(conversations.find(chat.conversationId())).isEmpty();
        assertThat(connector.sentTo(chat.conversationId())).isEmpty();
    }

    @Test
    void validTokenIsAcceptedAndTheReplyCarriesTheBotsToken() {
        TeamsActivities chat = TeamsActivities.groupChat(connector.serviceUrl());
        String token = token(signingKey, APP_ID, now().plusSeconds(600));

        HttpResponse<String> response = endpoint().withAuthorization("Bearer " + token).post(chat.message("Anne", "hjælp"));

        assertThat(response.statusCode()).isEqualTo(202);
        List<Sent> posted = connector.postedTo(chat.conversationId());
        assertThat(posted).hasSize(1);
        assertThat(posted.get(0).authorization()).isEqualTo("Bearer " + OUTGOING_TOKEN);
        assertThat(posted.get(0).allText()).contains("Det kan Kernebot");
    }

    @Test
    void tenantOutsideTheAllowListIsRefusedWith403() {
        TeamsActivities chat = TeamsActivities.groupChat(connector.serviceUrl()).inTenant("tenant-stranger");
        String token = token(signingKey, APP_ID, now().plusSeconds(600));

        HttpResponse<String> response = endpoint().withAuthorization("Bearer " + token).post(chat.message("Anne", "hjælp"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(conversations.find(chat.conversationId())).isEmpty();
        assertThat(connector.sentTo(chat.conversationId())).isEmpty();
    }

    @Test
    void secondAllowedTenantGetsIn() {
        TeamsActivities chat = TeamsActivities.personal(connector.serviceUrl()).inTenant("another-allowed-tenant");
        String token = token(signingKey, APP_ID, now().plusSeconds(600));

        assertThat(endpoint().withAuthorization("Bearer " + token).post(chat.plainMessage("Bo", "hjælp")).statusCode())
                .isEqualTo(202);
        assertThat(connector.postedTo(chat.conversationId())).hasSize(1);
    }

}
