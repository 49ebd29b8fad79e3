package dk.kernebot.institution;

import static dk.kernebot.institution.InstitutionFixtures.file;
import static dk.kernebot.institution.InstitutionFixtures.read;
import static dk.kernebot.institution.InstitutionFixtures.uniqueId;
import static dk.kernebot.institution.InstitutionFixtures.withConversations;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.kernebot.reflection.ReflectionFixtures;
import dk.kernebot.support.BotIntegrationTest;
import dk.kernebot.support.TeamsActivities;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Institutions, decks and plans belong to a tenant: a conversation of tenant B is never linked to, shown or drawn
 * from tenant A's institution or deck, another tenant cannot replace them, and a click without a tenant changes no
 * plan of a tenant.
 */
class TenantScopeTest extends BotIntegrationTest {

    private static final String A = "tenant-test";
    private static final String B = "tenant-b";

    @Autowired
    JdbcClient jdbc;

    @Test
    void aConversationOfAnotherTenantCannotBeLinkedToTheInstitution() {
        String id = uniqueId("a-huset");
        assertThat(admin("PUT", "/admin/institutions?tenant=" + A, file(id, "A-huset").toString()).statusCode())
                .isEqualTo(201);
        TeamsActivities other = groupChat().inTenant(B);

        bot().send(other.message(ADMIN_USER, "institution " + id));
        String answer = connector.lastPostedTo(other.conversationId()).allText();
        bot().send(other.message(ADMIN_USER, "institution"));

        assertThat(answer).doesNotContain("A-huset");
        assertThat(links(other.conversationId())).isZero();
        assertThat(connector.lastPostedTo(other.conversationId()).allText()).doesNotContain("A-huset")
                .doesNotContain(id);
    }

    @Test
    void aFileThatNamesAnotherTenantsConversationShowsItNothing() {
        TeamsActivities other = groupChat().inTenant(B);
        bot().send(other.message("Anne", "hjælp"));
        String id = uniqueId("a-fil");
        admin("PUT", "/admin/institutions?tenant=" + A,
                withConversations(file(id, "A-filen"), List.of(other.conversationId()), List.of()).toString());

        bot().send(other.message("Anne", "institution"));

        assertThat(connector.lastPostedTo(other.conversationId()).allText()).doesNotContain("A-filen");
    }

    @Test
    void anInstitutionWithoutATenantBelongsToTheFirstTenantThatUsesIt() {
        String id = uniqueId("uden-lejer");
        admin("PUT", "/admin/institutions", file(id, "Uden lejer").toString());
        TeamsActivities mine = groupChat();
        TeamsActivities other = groupChat().inTenant(B);

        bot().send(mine.message(ADMIN_USER, "institution " + id));
        bot().send(other.message(ADMIN_USER, "institution " + id));

        assertThat(links(mine.conversationId())).isEqualTo(1);
        assertThat(links(other.conversationId())).isZero();
        assertThat(jdbc.sql("SELECT tenant_id FROM institution WHERE id = :id").param("id", id).query(String.class)
                .single()).isEqualTo(A);
    }

    @Test
    void anotherTenantCannotReplaceTheInstitutionOrTheDeck() {
        String id = uniqueId("a-ejet");
        admin("PUT", "/admin/institutions?tenant=" + A, file(id, "A ejer").toString());
        String deck = uniqueId("a-bunke");
        admin("PUT", "/admin/decks?tenant=" + A, ReflectionFixtures.deck(deck, 1, 1, 1));

        assertThat(admin("PUT", "/admin/institutions?tenant=" + B, file(id, "B tager").toString()).statusCode())
                .isEqualTo(409);
        assertThat(admin("PUT", "/admin/decks?tenant=" + B, ReflectionFixtures.deck(deck, 2, 1, 1)).statusCode())
                .isEqualTo(409);
        assertThat(read(admin("GET", "/admin/institutions/" + id, null).body()).path("name").asText()).isEqualTo("A ejer");
    }

    @Test
    void anotherTenantsDeckIsNeitherListedNorChosenNorDrawnFrom() {
        String deck = uniqueId("a-kort");
        assertThat(admin("PUT", "/admin/decks?tenant=" + A, ReflectionFixtures.deck(deck, 1, 1, 1)).statusCode())
                .isEqualTo(201);
        TeamsActivities other = groupChat().inTenant(B);
        TeamsActivities mine = groupChat();

        bot().send(other.message("Anne", "kortsæt " + deck));
        bot().send(other.message("Anne", "kortsæt"));
        String listed = connector.lastPostedTo(other.conversationId()).card().toString();
        bot().send(mine.message("Anne", "kortsæt " + deck));

        assertThat(listed).doesNotContain(deck);
        assertThat(chosen(other.conversationId())).isNotEqualTo(deck);
        assertThat(chosen(mine.conversationId())).isEqualTo(deck);
        // A choice that once stood (say, before the deck was given to a tenant) does not let another tenant draw.
        jdbc.sql("INSERT INTO conversation_deck (conversation_id, deck_id, chosen_by, chosen_at) VALUES (:c, :d, 'x', 0)")
                .param("c", other.conversationId()).param("d", deck).update();
        bot().send(other.message("Anne", "kort"));
        assertThat(jdbc.sql("SELECT deck_id FROM reflection_draw WHERE conversation_id = :c")
                .param("c", other.conversationId()).query(String.class).list()).doesNotContain(deck).isNotEmpty();
    }

    @Test
    void aClickWithoutATenantChangesNoPlanOfATenant() throws Exception {
        TeamsActivities chat = groupChat();
        bot().send(chat.message("Anne", "mål Sprog hver dag"));
        bot().send(chat.message("Anne", "handling Lav sprogkufferter ansvarlig mig frist 1. marts 2027"));
        String actionId = jdbc.sql("SELECT a.id FROM plan_action a JOIN handleplan p ON p.id = a.plan_id "
                + "WHERE p.conversation_id = :c").param("c", chat.conversationId()).query(String.class).single();
        ObjectNode click = (ObjectNode) new ObjectMapper().readTree(chat.execute("Anne", "card", "actionplan.action.status",
                Map.of("verb", "actionplan.action.status", "actionId", actionId, "status", "FAERDIG", "comment", "")));
        ((ObjectNode) click.get("conversation")).remove("tenantId");
        ((ObjectNode) click.get("channelData")).remove("tenant");

        assertThat(bot().post(click.toString()).statusCode()).isLessThan(500);

        assertThat(jdbc.sql("SELECT status FROM plan_action WHERE id = :id").param("id", actionId).query(String.class)
                .single()).isEqualTo("IKKE_STARTET");
    }

    private int links(String conversationId) {
        return jdbc.sql("SELECT count(*) FROM institution_link WHERE ref_id = :c").param("c", conversationId)
                .query(Integer.class).single();
    }

    private String chosen(String conversationId) {
        return jdbc.sql("SELECT deck_id FROM conversation_deck WHERE conversation_id = :c").param("c", conversationId)
                .query(String.class).optional().orElse("");
    }
}
