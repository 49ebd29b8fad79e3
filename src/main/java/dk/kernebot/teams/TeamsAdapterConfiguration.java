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
        if (settings.authenticationEnabled()) {
            log.info("Bot Framework authentication is ON for app id {}{}", settings.appId(),
                    settings.allowedTenants().isEmpty() ? "" : " (tenants allowed: " + settings.allowedTenants() + ")");
        } else {
            log.warn("""

                    ************************************************************************
                    *  AUTHENTICATION IS OFF: no MicrosoftAppId is configured.             *
                    *  Anyone who can reach /api/messages can talk to this bot.            *
                    *  This is for local development (Agents Playground) only.             *
                    ************************************************************************""");
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
