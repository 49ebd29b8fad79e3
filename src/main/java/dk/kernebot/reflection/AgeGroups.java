package dk.kernebot.reflection;

import java.time.Clock;
import java.util.Optional;

import dk.kernebot.chat.ChatContext;
import dk.kernebot.institution.InstitutionAgeGroup;
import dk.kernebot.institution.Institutions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A conversation's age group: its own choice ("aldersgruppe vuggestue"), else the one its institution's file sets,
 * else both. Read on every draw, so a changed file or choice counts from the next card.
 */
@Component
class AgeGroups {

    /** Where the age group comes from, so the card can say it. */
    enum Source { CHAT, INSTITUTION, NONE }

    /** The age group in force, and from where; {@code institutionName} only for {@link Source#INSTITUTION}. */
    record Setting(AgeGroup group, Source source, String institutionName) {
    }

    private final JdbcClient jdbc;
    private final Institutions institutions;
    private final Clock clock;

    AgeGroups(JdbcClient jdbc, Institutions institutions, Clock clock) {
        this.jdbc = jdbc;
        this.institutions = institutions;
        this.clock = clock;
    }

    AgeGroup of(String conversationId) {
        return setting(conversationId).group();
    }

    Setting setting(String conversationId) {
        Optional<AgeGroup> own = jdbc.sql("SELECT age_group FROM conversation_age_group WHERE conversation_id = :c")
                .param("c", conversationId)
                .query(String.class)
                .optional()
                .flatMap(AgeGroup::ofId);
        if (own.isPresent()) {
            return new Setting(own.get(), Source.CHAT, null);
        }
        String teamId = jdbc.sql("SELECT team_id FROM conversation WHERE id = :c")
                .param("c", conversationId)
                .query((row, n) -> Optional.ofNullable(row.getString(1)))
                .optional()
                .flatMap(team -> team)
                .orElse(null);
        Optional<InstitutionAgeGroup> fromFile = institutions.ageGroupOf(conversationId, teamId);
        return fromFile.flatMap(f -> AgeGroup.ofId(f.ageGroup())
                        .map(group -> new Setting(group, Source.INSTITUTION, f.institutionName())))
                .orElse(new Setting(AgeGroup.BEGGE, Source.NONE, null));
    }

    void choose(ChatContext context, AgeGroup group) {
        jdbc.sql("""
                INSERT INTO conversation_age_group (conversation_id, age_group, chosen_at) VALUES (:c, :g, :at)
                ON CONFLICT (conversation_id) DO UPDATE SET age_group = excluded.age_group, chosen_at = excluded.chosen_at
                """)
                .param("c", context.conversationId())
                .param("g", group.id())
                .param("at", clock.millis())
                .update();
    }
}
