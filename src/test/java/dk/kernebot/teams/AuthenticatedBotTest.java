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
import dk.kernebot.support.TestClock;
import dk.kernebot.support.TestClockConfiguration;
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
 * Base of the tests with an app id configured: one application (shared by the subclasses, so Spring starts once)
 * whose WireMock serves the Bot Connector's OpenID metadata and signing keys (with Teams' endorsement) and plays
 * the connector. Tokens are signed with the test key and timed by the application's clock.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({AuthenticatedBotTest.OutgoingToken.class, TestClockConfiguration.class})
abstract class AuthenticatedBotTest {


    static final String APP_ID = "11111111-2222-3333-4444-555555555555";
    static final String ALLOWED_TENANT = "tenant-test";
    static final String OUTGOING_TOKEN = "outgoing-test-token";

    static final FakeConnector connector = new FakeConnector();
    static final KeyPair signingKey = rsaKeyPair();
    static final KeyPair strangerKey = rsaKeyPair();

    static {
        String base = connector.serviceUrl();
        connector.server().stubFor(get(urlPathEqualTo("/openid/.well-known/openidconfiguration"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("""
                        {"issuer":"https://api.botframework.com","jwks_uri":"%sopenid/keys",
                         "id_token_signing_alg_values_supported":["RS256"]}""".formatted(base))));
        connector.server().stubFor(get(urlPathEqualTo("/openid/keys"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("""
                        {"keys":[{"kty":"RSA","use":"sig","kid":"test-key","alg":"RS256","n":"%s","e":"%s",
                                  "endorsements":["msteams"]}]}""".formatted(
                        base64Url(((RSAPublicKey) signingKey.getPublic()).getModulus()),
                        base64Url(((RSAPublicKey) signingKey.getPublic()).getPublicExponent())))));
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:sqlite:" + System.getProperty("java.io.tmpdir")
                + "/kernebot-auth-test-" + ProcessHandle.current().pid() + ".db?journal_mode=WAL&foreign_keys=on");
        registry.add("kernebot.bot.app-id", () -> APP_ID);
        registry.add("kernebot.bot.app-password", () -> "not-used-by-the-stub");
        registry.add("kernebot.bot.open-id-metadata", () -> connector.serviceUrl() + "openid/.well-known/openidconfiguration");
        registry.add("kernebot.bot.allowed-tenants", () -> ALLOWED_TENANT + ", another-allowed-tenant");
    }


    @LocalServerPort
    int port;
    @Autowired
    ConversationStore conversations;
    @Autowired
    TestClock clock;

    Instant now() {
        return clock.instant();
    }

    BotEndpoint endpoint() {
        return BotEndpointFactory.at(port);
    }

    static String token(KeyPair key, String audience, Instant expires) {
        return JWT.create()
                .withKeyId("test-key")
                .withIssuer("https://api.botframework.com")
                .withAudience(audience)
                .withNotBefore(Date.from(expires.minusSeconds(7200)))
                .withExpiresAt(Date.from(expires))
                .withClaim("serviceurl", connector.serviceUrl())
                .sign(Algorithm.RSA256((RSAPublicKey) key.getPublic(), (RSAPrivateKey) key.getPrivate()));
    }

    static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes[0] == 0 && bytes.length > 1) {
            bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Outgoing calls get a fixed token instead of asking Microsoft's login service (msal4j refuses http). */
    @TestConfiguration(proxyBeanMethods = false)
    static class OutgoingToken {
        @Bean
        @Primary
        AppCredentialsFactory stubCredentials() {
            IAuthenticationResult result = mock(IAuthenticationResult.class);
            when(result.accessToken()).thenReturn(OUTGOING_TOKEN);
            when(result.expiresOnDate()).thenReturn(Date.from(Instant.now().plusSeconds(3600)));
            return (appId, password, tenant, scope) -> new MicrosoftAppCredentials(appId, password, tenant, scope) {
                @Override
                protected Authenticator buildAuthenticator() {
                    return () -> CompletableFuture.completedFuture(result);
                }
            };
        }
    }
}
