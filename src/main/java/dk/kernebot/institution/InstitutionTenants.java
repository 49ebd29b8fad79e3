package dk.kernebot.institution;

import java.util.Optional;

import dk.kernebot.admin.TenantOwned;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which tenant an institution belongs to ({@link TenantOwned}), and the tenant of the conversation asking: a
 * conversation of tenant B is never linked to, shown or led from tenant A's institution.
 */
@Component
class InstitutionTenants {

    private final JdbcClient jdbc;
    private final TenantOwned owned;

    InstitutionTenants(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.owned = new TenantOwned(jdbc, TenantOwned.Table.INSTITUTION);
    }

    /**
     * The tenant of a conversation the bot has seen (Teams sends it on every activity), else of its team (a channel
     * made later shares its team's tenant; a team's General channel has the team's id); null when unknown.
     */
    String ofConversation(String conversationId, String teamId) {
        String team = teamId != null ? teamId : conversationId;
        return first("SELECT tenant_id FROM conversation WHERE id = :c AND tenant_id IS NOT NULL", conversationId)
                .or(() -> first("SELECT tenant_id FROM conversation WHERE team_id = :c AND tenant_id IS NOT NULL", team))
                .orElse(null);
    }

    private Optional<String> first(String sql, String id) {
        return id == null ? Optional.empty()
                : jdbc.sql(sql + " LIMIT 1").param("c", id).query(String.class).optional();
    }

    Optional<String> of(String institutionId) {
        return owned.of(institutionId);
    }

    boolean usableFrom(String institutionId, String tenant) {
        return owned.usableBy(institutionId, tenant);
    }

    boolean visibleTo(String institutionId, String tenant) {
        return owned.visibleTo(institutionId, tenant);
    }

    boolean claim(String institutionId, String tenant) {
        return owned.claim(institutionId, tenant);
    }
}
