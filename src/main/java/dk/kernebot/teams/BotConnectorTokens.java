package dk.kernebot.teams;

import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.microsoft.bot.connector.authentication.AuthenticationConstants;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.schema.Activity;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;

/**
 * Kernebot's own check of every inbound token, before the SDK sees the activity (the retired SDK ignores its own
 * claims check and lets bot-to-bot "skill" tokens through). Only a Bot Connector channel token for this bot gets
 * in: RS256, issuer {@value #ISSUER}, audience the app id, signed by a key from the Bot Connector's OpenID metadata
 * that is endorsed for the activity's channel, inside its validity (5 minutes' skew), and with a {@code serviceurl}
 * claim equal to the activity's serviceUrl. Anything else (an Entra token for a skill call, an emulator token, a
 * token for another bot) is refused.
 */
final class BotConnectorTokens {

    static final String ISSUER = "https://api.botframework.com";
    static final String DEFAULT_METADATA = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    static final int MAX_CLOCK_SKEW_SECONDS = 300;
    /** Real tokens are about 1.5 KB; a header far beyond that is not one, and is not parsed. */
    static final int MAX_TOKEN_LENGTH = 16 * 1024;

    private final String appId;
    private final BotConnectorKeys keys;
    private final Clock clock;

    BotConnectorTokens(String appId, String openIdMetadata, Clock clock) {
        this(appId, new BotConnectorKeys(URI.create(openIdMetadata == null || openIdMetadata.isBlank()
                ? DEFAULT_METADATA : openIdMetadata), clock), clock);
    }

    BotConnectorTokens(String appId, BotConnectorKeys keys, Clock clock) {
        this.appId = appId;
        this.keys = keys;
        this.clock = clock;
    }

    /** The identity the SDK is handed for a request that passed; throws {@link TokenRefusedException} otherwise. */
    ClaimsIdentity check(String authorization, Activity activity) {
        if (authorization == null || authorization.isBlank()) {
            throw new TokenRefusedException("no token");
        }
        if (authorization.length() > MAX_TOKEN_LENGTH || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new TokenRefusedException("not a bearer token");
        }
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(authorization.substring(7).strip());
        } catch (ParseException | RuntimeException e) {
            throw new TokenRefusedException("not a signed JWT");
        }
        if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
            throw new TokenRefusedException("algorithm is not RS256");
        }
        String keyId = jwt.getHeader().getKeyID();
        BotConnectorKeys.EndorsedKey key = keyId == null ? null : keys.find(keyId).orElse(null);
        if (key == null) {
            throw new TokenRefusedException("signing key unknown");
        }
        try {
            if (!jwt.verify(new RSASSAVerifier(key.key().toRSAPublicKey()))) {
                throw new TokenRefusedException("signature invalid");
            }
        } catch (JOSEException | RuntimeException e) {
            if (e instanceof TokenRefusedException refused) {
                throw refused;
            }
            throw new TokenRefusedException("signature invalid");
        }
        if (activity.getChannelId() == null || !key.endorsements().contains(activity.getChannelId())) {
            throw new TokenRefusedException("signing key not endorsed for the channel");
        }
        JWTClaimsSet claims;
        try {
            claims = jwt.getJWTClaimsSet();
            verifier().verify(claims, null);
        } catch (ParseException | BadJWTException | RuntimeException e) {
            throw new TokenRefusedException("claims invalid");
        }
        String serviceUrl;
        try {
            serviceUrl = claims.getStringClaim(AuthenticationConstants.SERVICE_URL_CLAIM);
        } catch (ParseException e) {
            throw new TokenRefusedException("serviceurl claim invalid");
        }
        if (serviceUrl == null || !serviceUrl.equalsIgnoreCase(activity.getServiceUrl())) {
            throw new TokenRefusedException("serviceurl claim does not match the activity");
        }
        // No "ver" or "appid" claim: the SDK then treats the turn as one from the channel, never from a skill.
        return new ClaimsIdentity(ISSUER, new HashMap<>(Map.of(
                "iss", ISSUER,
                AuthenticationConstants.AUDIENCE_CLAIM, appId,
                AuthenticationConstants.SERVICE_URL_CLAIM, serviceUrl)));
    }

    private DefaultJWTClaimsVerifier<com.nimbusds.jose.proc.SecurityContext> verifier() {
        DefaultJWTClaimsVerifier<com.nimbusds.jose.proc.SecurityContext> verifier = new DefaultJWTClaimsVerifier<>(
                Set.of(appId),
                new JWTClaimsSet.Builder().issuer(ISSUER).build(),
                new HashSet<>(List.of("exp", "iss", "aud", AuthenticationConstants.SERVICE_URL_CLAIM)),
                Set.of()) {
            @Override
            protected Date currentTime() {
                return Date.from(clock.instant());
            }
        };
        verifier.setMaxClockSkew(MAX_CLOCK_SKEW_SECONDS);
        return verifier;
    }
}
