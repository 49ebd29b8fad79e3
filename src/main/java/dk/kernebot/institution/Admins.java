package dk.kernebot.institution;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.UserRef;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The people who administer Kernebot: they may link conversations to institutions and set leaders. Teams sends both
 * a channel account id and (usually) an Entra object id; either may be configured, because the Entra id is what an
 * IT department has at hand, while the Teams id is all a bot sees in some clients.
 *
 * <p>An administrator belongs to a tenant: an entry {@code tenantId/id} is one only in conversations of that
 * tenant. A bare {@code id} belongs to the installation's only tenant (one {@code KERNEBOT_ALLOWED_TENANTS}), or,
 * without authentication, to every conversation on this machine; in an authenticated installation open to several
 * tenants a bare id would be an administrator everywhere, so the start is refused naming it.
 */
@Component
public class Admins {

    private record Entry(String tenant, String id) {
    }

    private final List<Entry> entries;

    // The property keeps its first name (kernebot.questions.admins / KERNEBOT_ADMINS) so deployments need no change.
    Admins(@Value("${kernebot.questions.admins:}") String configured,
           @Value("${kernebot.bot.allowed-tenants:}") String allowedTenants,
           @Value("${kernebot.bot.app-id:}") String appId) {
        List<String> allowed = Arrays.stream(allowedTenants.split(",")).map(String::strip).filter(t -> !t.isEmpty())
                .toList();
        this.entries = Arrays.stream(configured.split(","))
                .map(String::strip)
                .filter(id -> !id.isEmpty())
                .map(entry -> parse(entry, allowed, !appId.isBlank()))
                .toList();
    }

    private static Entry parse(String entry, List<String> allowed, boolean authenticated) {
        int slash = entry.indexOf('/');
        if (slash > 0) {
            return new Entry(entry.substring(0, slash).strip(), entry.substring(slash + 1).strip());
        }
        if (allowed.size() == 1) {
            return new Entry(allowed.get(0), entry);
        }
        if (authenticated) {
            throw new IllegalArgumentException("Kernebot refuses to start: KERNEBOT_ADMINS (kernebot.questions.admins) "
                    + "entry " + entry + " names no tenant, and the bot serves " + (allowed.isEmpty() ? "every tenant"
                    : "several tenants") + "; write it as <tenant id>/" + entry);
        }
        return new Entry(null, entry);
    }

    /** Whether the person who wrote in this conversation administers Kernebot in its tenant. */
    public boolean isAdmin(ChatContext context) {
        return context != null && isAdmin(context.user(), context.tenantId());
    }

    public boolean isAdmin(UserRef user, String tenantId) {
        if (user == null) {
            return false;
        }
        return entries.stream().filter(e -> e.tenant() == null || e.tenant().equals(tenantId))
                .anyMatch(e -> e.id().equals(user.id())
                        || user.aadObjectId() != null && e.id().toLowerCase(Locale.ROOT)
                                .equals(user.aadObjectId().toLowerCase(Locale.ROOT)));
    }
}
