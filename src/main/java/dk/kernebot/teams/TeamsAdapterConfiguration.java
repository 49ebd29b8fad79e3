package dk.kernebot.teams;

import java.time.Clock;

import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TeamsAdapterConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TeamsAdapterConfiguration.class);

    @Bean
    KernebotAdapter kernebotAdapter(BotSettings settings, AppCredentialsFactory credentials) {
        // One line either way, so whoever reads the start-up log knows at once which door is open.
        if (settings.authenticationEnabled()) {
            log.info("Authentication ON: only Bot Connector channel tokens for app id {} get in{}", settings.appId(),
                    settings.allowedTenants().isEmpty() ? "" : " (tenants allowed: " + settings.allowedTenants() + ")");
        } else {
            log.warn("Authentication OFF (no MicrosoftAppId): local development only, listening on loopback and "
                    + "replying only to loopback service URLs");
        }
        return new KernebotAdapter(settings, credentials);
    }

    @Bean
    BotConnectorTokens botConnectorTokens(BotSettings settings, Clock clock) {
        return new BotConnectorTokens(settings.appId(), settings.openIdMetadata(), clock);
    }

    @Bean
    @ConditionalOnMissingBean
    AppCredentialsFactory appCredentialsFactory() {
        return MicrosoftAppCredentials::new;
    }
}
