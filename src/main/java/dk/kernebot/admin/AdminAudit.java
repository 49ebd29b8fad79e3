package dk.kernebot.admin;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.UserRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The audit trail of administrative changes, listed by {@code GET /admin/audit}. Every feature that changes
 * something on an administrator's word records it here, in the same transaction as the change where it has one.
 * {@code who} is {@link #httpClient(String)} for the admin key, or {@link #who(ChatContext)} for a person
 * in Teams; {@code what} is a short dotted kind; {@code detail} says about what (ids, never secrets).
 */
@Component
public class AdminAudit {

    static final int MAX_WHO = 600;
    static final int MAX_WHAT = 64;
    static final int MAX_DETAIL = 2000;

    private final JdbcClient jdbc;
    private final Clock clock;

    AdminAudit(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(String who, String what, String detail) {
        record(who, what, detail, null);
    }

    public void record(String who, String what, String detail, String tenantId) {
        jdbc.sql("INSERT INTO admin_audit (id, at, who, what, detail, tenant_id) VALUES (:id, :at, :who, :what, :detail, :t)")
                .param("id", UUID.randomUUID().toString())
                .param("at", clock.millis())
                .param("who", cut(who, MAX_WHO))
                .param("what", cut(what, MAX_WHAT))
                .param("detail", cut(detail, MAX_DETAIL))
                .param("t", tenantId == null ? null : cut(tenantId, 128))
                .update();
    }

    /** The newest entries first, at most {@code limit}; only those of one tenant when {@code tenantId} is set. */
    public List<AuditEntry> recent(int limit, String tenantId) {
        String where = tenantId == null ? "" : " WHERE tenant_id = :t";
        var statement = jdbc.sql("SELECT id, at, who, what, detail, tenant_id FROM admin_audit" + where
                        + " ORDER BY at DESC, id DESC LIMIT :limit")
                .param("limit", Math.max(1, Math.min(limit, 1000)));
        if (tenantId != null) {
            statement = statement.param("t", tenantId);
        }
        return statement.query((rs, n) -> new AuditEntry(rs.getString("id"), Instant.ofEpochMilli(rs.getLong("at")),
                rs.getString("who"), rs.getString("what"), rs.getString("detail"), rs.getString("tenant_id"))).list();
    }

    /** Who, for a request made with the admin key: the key is shared, so the client's address is what we know. */
    public static String httpClient(String remoteAddress) {
        return "admin-key@" + (remoteAddress == null ? "?" : remoteAddress);
    }

    /** Who, for a person in Teams: the Entra object id where Teams sent one, else the Teams id, and the name. */
    public static String who(ChatContext context) {
        return "teams:" + person(context.user());
    }

    /** A person in an audit line: the Entra object id where Teams sent one, else the Teams id, and the name. */
    public static String person(UserRef user) {
        if (user == null) {
            return "?";
        }
        String id = user.aadObjectId() != null && !user.aadObjectId().isBlank() ? user.aadObjectId() : user.id();
        return (id == null ? "?" : id) + (user.name() == null ? "" : " (" + user.name() + ")");
    }

    private static String cut(String value, int max) {
        String text = value == null ? "" : value;
        return text.length() <= max ? text : text.substring(0, max);
    }
}
