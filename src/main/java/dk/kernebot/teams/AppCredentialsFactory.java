package dk.kernebot.teams;

import com.microsoft.bot.connector.authentication.AppCredentials;

/**
 * Makes the credentials for outgoing calls. A seam because the SDK's msal4j client only talks to the real
 * Microsoft login service, which tests replace.
 */
public interface AppCredentialsFactory {

    AppCredentials create(String appId, String appPassword, String tenantId, String oAuthScope);
}
