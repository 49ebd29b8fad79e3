package dk.kernebot.institution;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Institutions, their værdisæt and the conversations and teams that belong to them. Each change runs in one
 * transaction, so a group never sees half an institution.
 */
@Component
class InstitutionStore {

    static final String FROM_FILE = "file";
    static final String FROM_CHAT = "chat";

    /** What saving a file did: whether the institution was new, and which links changed hands. */
    record Saved(boolean created, List<Relink> relinks) {
    }

    private final JdbcClient jdbc;
    private final TransactionOperations transactions;
    private final Clock clock;

    InstitutionStore(JdbcClient jdbc, TransactionOperations transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Creates or replaces the institution. Links the previous file made and this one leaves out are dropped; links
     * made in the chat stay, since the file does not know about them.
     */
    Saved save(InstitutionFile file) {
        return transactions.execute(status -> {
            InstitutionProfile profile = file.profile();
            long now = clock.millis();
            // Insert-or-nothing first: it tells "created" from "replaced" atomically, and on PostgreSQL it locks
            // the row, so two imports of one institution run one after the other.
            boolean created = jdbc.sql("""
                    INSERT INTO institution (id, name, kerneopgave_da, kerneopgave_en, age_group, updated_at)
                    VALUES (:id, :name, :da, :en, :ageGroup, :now) ON CONFLICT (id) DO NOTHING
                    """)
                    .param("id", profile.id()).param("name", profile.name())
                    .param("da", profile.kerneopgave().da()).param("en", profile.kerneopgave().en())
                    .param("ageGroup", file.ageGroup())
                    .param("now", now)
                    .update() == 1;
            if (!created) {
                jdbc.sql("UPDATE institution SET name = :name, kerneopgave_da = :da, kerneopgave_en = :en, "
                                + "age_group = :ageGroup, updated_at = :now WHERE id = :id")
                        .param("id", profile.id()).param("name", profile.name())
                        .param("da", profile.kerneopgave().da()).param("en", profile.kerneopgave().en())
                        .param("ageGroup", file.ageGroup())
                        .param("now", now)
                        .update();
            }
            replaceValues(profile);
            replaceLeaders(profile.id(), file.leaders());
            replaceChefs(profile.id(), file.chefs());
            List<Relink> relinks = new ArrayList<>(releaseFileLinks(file));
            for (LinkKind kind : LinkKind.values()) {
                for (String ref : file.refs(kind)) {
                    link(profile.id(), kind, ref, FROM_FILE, null, now).ifPresent(relinks::add);
                }
            }
            return new Saved(created, relinks);
        });
    }

    /**
     * Links a conversation or team from the chat. {@code shadowing}, when given, is the channel the admin typed in:
     * an explicit link of that channel to another institution would hide the team's new one, so it goes.
     */
    List<Relink> linkFromChat(String institutionId, LinkKind kind, String ref, String shadowing, String linkedBy) {
        return transactions.execute(status -> {
            long now = clock.millis();
            List<Relink> relinks = new ArrayList<>();
            link(institutionId, kind, ref, FROM_CHAT, linkedBy, now).ifPresent(relinks::add);
            if (shadowing != null) {
                owner(LinkKind.CONVERSATION, shadowing).filter(other -> !other.equals(institutionId)).ifPresent(other -> {
                    jdbc.sql("DELETE FROM institution_link WHERE kind = :kind AND ref_id = :ref")
                            .param("kind", LinkKind.CONVERSATION.column()).param("ref", shadowing).update();
                    relinks.add(new Relink(LinkKind.CONVERSATION, shadowing, other, institutionId));
                });
            }
            return relinks;
        });
    }

    /**
     * @return the institution's id: the conversation's own link wins (a file may put one channel elsewhere), then
     *         its team's. Without a team id the conversation id is tried as one, because a team's General channel
     *         has the team's id, and a caller may not know the team.
     */
    Optional<String> owner(String conversationId, String teamId) {
        if (conversationId == null) {
            return teamId == null ? Optional.empty() : owner(LinkKind.TEAM, teamId);
        }
        return owner(LinkKind.CONVERSATION, conversationId)
                .or(() -> owner(LinkKind.TEAM, teamId != null ? teamId : conversationId));
    }

    /** A link that was removed: which institution it pointed to, and whether the institution's file made it. */
    record Unlinked(String institutionId, boolean fromFile) {
    }

    /** Removes the conversation's or team's link, if there is one. */
    Optional<Unlinked> unlink(LinkKind kind, String ref) {
        return transactions.execute(status -> {
            Optional<Unlinked> existing = jdbc.sql("SELECT institution_id, source FROM institution_link "
                            + "WHERE kind = :kind AND ref_id = :ref")
                    .param("kind", kind.column()).param("ref", ref)
                    .query((row, n) -> new Unlinked(row.getString("institution_id"), FROM_FILE.equals(row.getString("source"))))
                    .optional();
            existing.ifPresent(link -> jdbc.sql("DELETE FROM institution_link WHERE kind = :kind AND ref_id = :ref")
                    .param("kind", kind.column()).param("ref", ref).update());
            return existing;
        });
    }

    Optional<InstitutionProfile> profile(String id) {
        // The values are read after the row, not inside its mapper: with one pooled connection (SQLite) a nested
        // query outside a transaction would wait for a second connection forever.
        return jdbc.sql("SELECT id, name, kerneopgave_da, kerneopgave_en FROM institution WHERE id = :id")
                .param("id", id)
                .query((row, n) -> new InstitutionProfile(row.getString("id"), row.getString("name"),
                        new LocalizedText(row.getString("kerneopgave_da"), row.getString("kerneopgave_en")),
                        List.of()))
                .optional()
                .map(profile -> new InstitutionProfile(profile.id(), profile.name(), profile.kerneopgave(),
                        values(profile.id())));
    }

    /** The institution as a file again (every link included), so an admin can fetch it, edit it and put it back. */
    Optional<InstitutionFile> file(String id) {
        return profile(id).map(profile -> new InstitutionFile(profile,
                refs(id, LinkKind.CONVERSATION), refs(id, LinkKind.TEAM), leaders(id), chefs(id),
                ageGroup(id).map(InstitutionAgeGroup::ageGroup).orElse(null)));
    }

    /** The age group the file sets for the institution's conversations, if it sets one. */
    Optional<InstitutionAgeGroup> ageGroup(String id) {
        return jdbc.sql("SELECT name, age_group FROM institution WHERE id = :id AND age_group IS NOT NULL")
                .param("id", id)
                .query((row, n) -> new InstitutionAgeGroup(row.getString("name"), row.getString("age_group")))
                .optional();
    }

    Optional<String> name(String id) {
        return jdbc.sql("SELECT name FROM institution WHERE id = :id").param("id", id).query(String.class).optional();
    }

    List<InstitutionSummary> list() {
        return jdbc.sql("""
                SELECT i.id, i.name, i.updated_at,
                       (SELECT count(*) FROM institution_value v WHERE v.institution_id = i.id) AS value_count,
                       (SELECT count(*) FROM institution_link l
                         WHERE l.institution_id = i.id AND l.kind = 'conversation') AS conversation_count,
                       (SELECT count(*) FROM institution_link l
                         WHERE l.institution_id = i.id AND l.kind = 'team') AS team_count
                FROM institution i ORDER BY i.id
                """)
                .query((row, n) -> new InstitutionSummary(row.getString("id"), row.getString("name"),
                        row.getInt("value_count"), row.getInt("conversation_count"), row.getInt("team_count"),
                        java.time.Instant.ofEpochMilli(row.getLong("updated_at")).toString()))
                .list();
    }

    List<String> ids() {
        return jdbc.sql("SELECT id FROM institution ORDER BY id").query(String.class).list();
    }

    /** @return the summary of what was deleted (its links are gone with it), if it existed */
    Optional<InstitutionSummary> delete(String id) {
        return transactions.execute(status -> {
            Optional<InstitutionSummary> existing = list().stream().filter(s -> s.id().equals(id)).findFirst();
            if (existing.isPresent()) {
                jdbc.sql("DELETE FROM institution_link WHERE institution_id = :id").param("id", id).update();
                jdbc.sql("DELETE FROM institution_value WHERE institution_id = :id").param("id", id).update();
                jdbc.sql("DELETE FROM institution_leader WHERE institution_id = :id").param("id", id).update();
                jdbc.sql("DELETE FROM institution_chef WHERE institution_id = :id").param("id", id).update();
                jdbc.sql("DELETE FROM institution WHERE id = :id").param("id", id).update();
            }
            return existing;
        });
    }

    private void replaceValues(InstitutionProfile profile) {
        jdbc.sql("DELETE FROM institution_value WHERE institution_id = :id").param("id", profile.id()).update();
        int ordinal = 0;
        for (CoreValue value : profile.values()) {
            jdbc.sql("""
                    INSERT INTO institution_value
                        (institution_id, ordinal, value_id, name_da, name_en, description_da, description_en)
                    VALUES (:institution, :ordinal, :id, :nameDa, :nameEn, :descriptionDa, :descriptionEn)
                    """)
                    .param("institution", profile.id())
                    .param("ordinal", ordinal++)
                    .param("id", value.id())
                    .param("nameDa", value.name().da()).param("nameEn", value.name().en())
                    .param("descriptionDa", value.description().da()).param("descriptionEn", value.description().en())
                    .update();
        }
    }

    List<InstitutionLeader> leaders(String institutionId) {
        return jdbc.sql("SELECT aad_id, name FROM institution_leader WHERE institution_id = :id ORDER BY ordinal")
                .param("id", institutionId)
                .query((row, n) -> new InstitutionLeader(row.getString("aad_id"), row.getString("name")))
                .list();
    }

    /** The ids of the institutions whose file names this person as a leader. */
    List<String> ledBy(String aadObjectId) {
        return jdbc.sql("SELECT institution_id FROM institution_leader WHERE aad_id = :aad ORDER BY institution_id")
                .param("aad", aadObjectId)
                .query(String.class)
                .list();
    }

    /** Every conversation and team linked to one of these institutions. */
    LedScope scopeOf(List<String> institutionIds) {
        if (institutionIds.isEmpty()) {
            return new LedScope(List.of(), List.of());
        }
        List<String[]> links = jdbc.sql("SELECT kind, ref_id FROM institution_link WHERE institution_id IN (:ids) "
                        + "ORDER BY kind, ref_id")
                .param("ids", institutionIds)
                .query((row, n) -> new String[] {row.getString("kind"), row.getString("ref_id")})
                .list();
        return new LedScope(
                links.stream().filter(l -> LinkKind.fromColumn(l[0]) == LinkKind.CONVERSATION).map(l -> l[1]).toList(),
                links.stream().filter(l -> LinkKind.fromColumn(l[0]) == LinkKind.TEAM).map(l -> l[1]).toList());
    }

    private void replaceLeaders(String institutionId, List<InstitutionLeader> leaders) {
        jdbc.sql("DELETE FROM institution_leader WHERE institution_id = :id").param("id", institutionId).update();
        int ordinal = 0;
        for (InstitutionLeader leader : leaders) {
            jdbc.sql("INSERT INTO institution_leader (institution_id, ordinal, aad_id, name) "
                            + "VALUES (:institution, :ordinal, :aad, :name)")
                    .param("institution", institutionId).param("ordinal", ordinal++)
                    .param("aad", leader.aadObjectId()).param("name", leader.name())
                    .update();
        }
    }

    List<InstitutionLeader> chefs(String institutionId) {
        return jdbc.sql("SELECT aad_id, name FROM institution_chef WHERE institution_id = :id ORDER BY ordinal")
                .param("id", institutionId)
                .query((row, n) -> new InstitutionLeader(row.getString("aad_id"), row.getString("name")))
                .list();
    }

    /**
     * The conversations the bot knows that belong to the institution: linked by their own id, or a channel of a
     * linked team that is not linked elsewhere on its own.
     */
    List<String> conversationsOf(String institutionId) {
        return jdbc.sql("""
                SELECT c.id FROM conversation c
                WHERE EXISTS (SELECT 1 FROM institution_link l WHERE l.kind = 'conversation' AND l.ref_id = c.id
                              AND l.institution_id = :id)
                   OR (EXISTS (SELECT 1 FROM institution_link l WHERE l.kind = 'team' AND l.institution_id = :id
                               AND (l.ref_id = c.team_id OR l.ref_id = c.id))
                       AND NOT EXISTS (SELECT 1 FROM institution_link o WHERE o.kind = 'conversation' AND o.ref_id = c.id
                                       AND o.institution_id <> :id))
                ORDER BY c.first_seen_at, c.id
                """)
                .param("id", institutionId).query(String.class).list();
    }

    /** The ids of the institutions whose file names this person as their chef. */
    List<String> chefOf(String aadObjectId) {
        return jdbc.sql("SELECT institution_id FROM institution_chef WHERE aad_id = :aad ORDER BY institution_id")
                .param("aad", aadObjectId)
                .query(String.class)
                .list();
    }

    private void replaceChefs(String institutionId, List<InstitutionLeader> chefs) {
        jdbc.sql("DELETE FROM institution_chef WHERE institution_id = :id").param("id", institutionId).update();
        int ordinal = 0;
        for (InstitutionLeader chef : chefs) {
            jdbc.sql("INSERT INTO institution_chef (institution_id, ordinal, aad_id, name) "
                            + "VALUES (:institution, :ordinal, :aad, :name)")
                    .param("institution", institutionId).param("ordinal", ordinal++)
                    .param("aad", chef.aadObjectId()).param("name", chef.name())
                    .update();
        }
    }

    /** Drops the links the previous version of this file made that the new one leaves out. */
    private List<Relink> releaseFileLinks(InstitutionFile file) {
        String id = file.profile().id();
        List<Relink> released = new ArrayList<>();
        for (LinkKind kind : LinkKind.values()) {
            Set<String> kept = new LinkedHashSet<>(file.refs(kind));
            List<String> previous = jdbc.sql("SELECT ref_id FROM institution_link "
                            + "WHERE institution_id = :id AND kind = :kind AND source = :source ORDER BY ref_id")
                    .param("id", id).param("kind", kind.column()).param("source", FROM_FILE)
                    .query(String.class).list();
            for (String ref : previous) {
                if (!kept.contains(ref)) {
                    jdbc.sql("DELETE FROM institution_link WHERE kind = :kind AND ref_id = :ref")
                            .param("kind", kind.column()).param("ref", ref).update();
                    released.add(new Relink(kind, ref, id, null));
                }
            }
        }
        return released;
    }

    /** Upserts the link; a conversation or team that belonged elsewhere moves, and the move is returned. */
    private Optional<Relink> link(String institutionId, LinkKind kind, String ref, String source, String linkedBy,
                                  long now) {
        Optional<String> previous = owner(kind, ref);
        jdbc.sql("""
                INSERT INTO institution_link (kind, ref_id, institution_id, source, linked_by, linked_at)
                VALUES (:kind, :ref, :institution, :source, :by, :now)
                ON CONFLICT (kind, ref_id) DO UPDATE SET institution_id = excluded.institution_id,
                    source = excluded.source, linked_by = excluded.linked_by, linked_at = excluded.linked_at
                """)
                .param("kind", kind.column()).param("ref", ref).param("institution", institutionId)
                .param("source", source).param("by", truncate(linkedBy, 256)).param("now", now)
                .update();
        return previous.filter(other -> !other.equals(institutionId))
                .map(other -> new Relink(kind, ref, other, institutionId));
    }

    private Optional<String> owner(LinkKind kind, String ref) {
        return jdbc.sql("SELECT institution_id FROM institution_link WHERE kind = :kind AND ref_id = :ref")
                .param("kind", kind.column()).param("ref", ref)
                .query(String.class).optional();
    }

    private List<CoreValue> values(String institutionId) {
        return jdbc.sql("SELECT value_id, name_da, name_en, description_da, description_en FROM institution_value "
                        + "WHERE institution_id = :id ORDER BY ordinal")
                .param("id", institutionId)
                .query((row, n) -> new CoreValue(row.getString("value_id"),
                        new LocalizedText(row.getString("name_da"), row.getString("name_en")),
                        new LocalizedText(row.getString("description_da"), row.getString("description_en"))))
                .list();
    }

    private List<String> refs(String institutionId, LinkKind kind) {
        return jdbc.sql("SELECT ref_id FROM institution_link WHERE institution_id = :id AND kind = :kind ORDER BY linked_at, ref_id")
                .param("id", institutionId).param("kind", kind.column())
                .query(String.class).list();
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
