package dk.kernebot.admin;

import java.util.Arrays;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which tenant an institution or deck put through the admin API belongs to: the one the request names
 * ({@code ?tenant=}), else the installation's only allowed tenant ({@code KERNEBOT_ALLOWED_TENANTS} with one id),
 * else none yet: it then belongs to the tenant of the first conversation that uses it.
 */
@Component
public class AdminTenants {

    static final int MAX_TENANT = 128;

    private final List<String> allowed;

    AdminTenants(@Value("${kernebot.bot.allowed-tenants:}") String allowedTenants) {
        this.allowed = Arrays.stream(allowedTenants.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }

    /** The tenant for a request; null for none. Throws for a tenant the installation does not allow. */
    public String forRequest(String requested) {
        if (requested != null && !requested.isBlank()) {
            String tenant = requested.strip();
            if (tenant.length() > MAX_TENANT || !allowed.isEmpty() && !allowed.contains(tenant)) {
                throw new IllegalArgumentException("Tenant not allowed here");
            }
            return tenant;
        }
        return allowed.size() == 1 ? allowed.get(0) : null;
    }
}
