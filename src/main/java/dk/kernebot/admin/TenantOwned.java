package dk.kernebot.admin;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows that belong to a tenant (institutions, imported decks), by their {@code tenant_id}. A row without one (made
 * before tenants existed, or put without a tenant in a multi-tenant installation) is claimed by the first tenant
 * that uses it, in one compare-and-set, so two tenants can never both have it; from then on only that tenant may.
 */
public final class TenantOwned {

    /** The tables with a tenant; a fixed list, so no name from outside ever reaches the SQL. */
    public enum Table {
        INSTITUTION("institution"), DECK("deck");

        private final String name;

        Table(String name) {
            this.name = name;
        }
    }

    private final JdbcClient jdbc;
    private final Table table;

    public TenantOwned(JdbcClient jdbc, Table table) {
        this.jdbc = jdbc;
        this.table = table;
    }

    /** The row's tenant, or empty when it has none (or there is no such row). */
    public Optional<String> of(String id) {
        return jdbc.sql("SELECT tenant_id FROM " + table.name + " WHERE id = :id").param("id", id)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1))).optional().flatMap(t -> t);
    }

    /**
     * Whether {@code tenant} may use the row; a row without a tenant becomes {@code tenant}'s now. Without a tenant
     * (local development) only rows without one are usable.
     */
    public boolean usableBy(String id, String tenant) {
        Optional<String> owner = of(id);
        if (owner.isEmpty() && tenant != null) {
            claim(id, tenant);
            owner = of(id);
        }
        return owner.map(t -> t.equals(tenant)).orElse(true);
    }

    /** Whether the row is listed for {@code tenant}: its own, or one nobody has claimed yet. Claims nothing. */
    public boolean visibleTo(String id, String tenant) {
        return of(id).map(t -> t.equals(tenant)).orElse(true);
    }

    /** Gives a row without a tenant to {@code tenant}; true when it is (now or already) that tenant's. */
    public boolean claim(String id, String tenant) {
        if (tenant == null) {
            return of(id).isEmpty();
        }
        jdbc.sql("UPDATE " + table.name + " SET tenant_id = :t WHERE id = :id AND tenant_id IS NULL")
                .param("t", tenant).param("id", id).update();
        return of(id).map(tenant::equals).orElse(false);
    }
}
