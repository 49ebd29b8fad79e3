package dk.kernebot.teams;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.microsoft.bot.connector.ConnectorClient;
import com.microsoft.bot.connector.authentication.AuthenticationConstants;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import com.microsoft.bot.connector.rest.RestConnectorClient;
import com.microsoft.bot.restclient.credentials.ServiceClientCredentials;
import okhttp3.Dispatcher;
import org.springframework.stereotype.Component;

/** Bot Connector clients for calls outside a turn (proactive messages, member lookups), one per service URL. */
@Component
class ConnectorClients {

    private final BotSettings settings;
    private final AppCredentialsFactory credentialsFactory;
    private final Map<String, ConnectorClient> clients = new ConcurrentHashMap<>();

    ConnectorClients(BotSettings settings, AppCredentialsFactory credentialsFactory) {
        this.settings = settings;
        this.credentialsFactory = credentialsFactory;
    }

    ConnectorClient forServiceUrl(String serviceUrl) {
        if (!settings.authenticationEnabled() && !LocalOnly.isLoopback(serviceUrl)) {
            // Without authentication nothing leaves this machine, whatever an older run stored as the service URL.
            throw new IllegalStateException("Authentication is off: only loopback service URLs are served");
        }
        return clients.computeIfAbsent(serviceUrl, url -> {
            RestConnectorClient client = new RestConnectorClient(url, credentials());
            // Every conversation of a region shares one service URL, so OkHttp's default of 5 calls per host would
            // cap the outbox's sender threads at 5; the callers (the outbox's SenderPool threads) bound how many are in flight.
            Dispatcher dispatcher = client.httpClient().dispatcher();
            dispatcher.setMaxRequestsPerHost(dispatcher.getMaxRequests());
            return client;
        });
    }

    private ServiceClientCredentials credentials() {
        if (!settings.authenticationEnabled()) {
            return MicrosoftAppCredentials.empty();
        }
        String tenant = settings.tenantId() == null || settings.tenantId().isBlank() ? null : settings.tenantId();
        return credentialsFactory.create(settings.appId(), settings.appPassword(), tenant,
                AuthenticationConstants.TO_CHANNEL_FROM_BOT_OAUTH_SCOPE);
    }
}
