package dk.kernebot.teams;

import java.util.concurrent.CompletableFuture;

import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;

/**
 * The SDK adapter, with outgoing credentials that know the app's tenant: the Java SDK has no setting for a
 * single-tenant app, so its credential building is overridden here.
 */
class KernebotAdapter extends BotFrameworkHttpAdapter {

    private final BotSettings settings;
    private final AppCredentialsFactory credentials;

    KernebotAdapter(BotSettings settings, AppCredentialsFactory credentials) {
        super(new SdkConfiguration(settings));
        this.settings = settings;
        this.credentials = credentials;
    }

    @Override
    protected CompletableFuture<AppCredentials> buildAppCredentials(String appId, String oAuthScope) {
        if (!settings.authenticationEnabled()) {
            return super.buildAppCredentials(appId, oAuthScope);
        }
        String tenant = settings.tenantId() == null || settings.tenantId().isBlank() ? null : settings.tenantId();
        return CompletableFuture.completedFuture(
                credentials.create(settings.appId(), settings.appPassword(), tenant, oAuthScope));
    }
}
