package dk.kernebot.institution;

import static dk.kernebot.institution.InstitutionFixtures.file;
import static dk.kernebot.institution.InstitutionFixtures.uniqueId;
import static dk.kernebot.institution.InstitutionFixtures.withConversations;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kernebot.support.BotIntegrationTest;
import dk.kernebot.support.FakeConnector.Sent;
import dk.kernebot.support.TeamsActivities;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class InstitutionChatTest extends BotIntegrationTest {

    @Autowired
    Institutions institutions;

    @Test
    void anAdminLinksAGroupChatAndEveryoneThenSeesTheKerneopgaveAndTheValues() {
        String id = create(file(uniqueId("solsikken"), "Børnehuset Solsikken").toString());
        TeamsActivities chat = groupChat();

        bot().send(chat.message(ADMIN_USER, "institution " + id));

        assertThat(last(chat).allText()).contains("Denne chat hører nu til Børnehuset Solsikken.");
        assertThat(institutions.forConversation(chat.conversationId(), null)).map(InstitutionProfile::id).contains(id);

        bot().send(chat.message("Anne", "institution"));

        Sent card = last(chat);
        assertThat(card.card()).isNotNull();
        assertThat(card.allText())
                .doesNotContain("hører nu til")
                .contains("Børnehuset Solsikken")
                .contains("Den formelle kerneopgave")
                .contains("Vi skaber trygge fællesskaber, hvor alle børn trives, leger og lærer.")
                .contains("Værdisættet")
                .contains("Nysgerrighed").contains("Vi undrer os sammen med børnene.")
                .contains("Fællesskab").contains("Alle børn skal opleve at høre til.")
                .contains("Træk et refleksionskort");
        assertThat(commandsOf(card.card())).containsExactly("kort");
    }

    @Test
    void someoneWhoIsNotAnAdminIsPolitelyRefusedAndNothingIsLinked() {
        String id = create(file(uniqueId("afvist"), "Afvist").toString());
        TeamsActivities chat = groupChat();

        bot().send(chat.message("Bo", "institution " + id));

        assertThat(last(chat).text()).isEqualTo("Kun en Kernebot-administrator kan knytte en chat til en institution. "
                + "Bed en Kernebot-administrator om at skrive \"@Kernebot institution\" efterfulgt af institutionens id her.");
        assertThat(institutions.forConversation(chat.conversationId(), null)).isEmpty();
    }

    @Test
    void anUnknownIdGetsTheKnownIds() {
        String id = create(file(uniqueId("kendt"), "Kendt").toString());
        TeamsActivities chat = groupChat();

        bot().send(chat.message(ADMIN_USER, "institution findes-ikke"));

        assertThat(last(chat).text()).startsWith("Institutionen \"findes-ikke\" findes ikke. Kendte institutioner: ")
                .contains(id);
        assertThat(institutions.forConversation(chat.conversationId(), null)).isEmpty();
    }

    @Test
    void withoutAnInstitutionTheCardSaysSoAndWhoCanSetIt() {
        TeamsActivities chat = groupChat();

        bot().send(chat.message("Carla", "institution"));

        assertThat(last(chat).allText()).contains("Ingen institution endnu")
                .contains("Denne chat hører ikke til en institution i Kernebot endnu")
                .contains("Kernebot-administrator")
                .doesNotContain("Kendte institutioner");
    }

    @Test
    void aChannelOfATeamInTheFileBelongsToTheInstitutionThroughItsTeam() {
        TeamsActivities channel = channel();
        String id = create(withConversations(file(uniqueId("team"), "Teamhuset"), List.of(),
                List.of(channel.teamId())).toString());

        bot().send(channel.message("Anne", "værdisæt"));

        assertThat(last(channel).allText()).contains("Teamhuset").contains("Nysgerrighed");
        assertThat(institutions.forConversation("19:another-channel@thread.tacv2", channel.teamId()))
                .map(InstitutionProfile::id).contains(id);
        assertThat(institutions.forConversation(channel.teamId(), null))
                .as("the General channel has the team's id").map(InstitutionProfile::id).contains(id);
    }

    @Test
    void anAdminLinkingInAChannelLinksTheWholeTeamAndTakesItFromTheInstitutionBefore() {
        TeamsActivities channel = channel();
        create(withConversations(file(uniqueId("gammel"), "Det gamle hus"), List.of(), List.of(channel.teamId())).toString());
        String id = create(file(uniqueId("nyt"), "Det nye hus").toString());

        bot().send(channel.message(ADMIN_USER, "institution " + id.toUpperCase(Locale.ROOT)));

        assertThat(last(channel).allText())
                .contains("Hele teamet – alle dets kanaler – hører nu til Det nye hus. Før hørte det til Det gamle hus.");
        assertThat(institutions.forConversation("19:channel-made-later@thread.tacv2", channel.teamId()))
                .map(InstitutionProfile::id).contains(id);
    }

    @Test
    void anAdminUnlinksAGroupChatAndIsToldWhenTheFileWouldLinkItAgain() {
        TeamsActivities chat = groupChat();
        TeamsActivities fromFile = groupChat();
        String id = create(withConversations(file(uniqueId("fjernes"), "Fjernehuset"), List.of(fromFile.conversationId()),
                List.of()).toString());
        bot().send(chat.message(ADMIN_USER, "institution " + id));

        bot().send(chat.message("Bo", "institution fjern"));
        assertThat(last(chat).text()).isEqualTo("Kun en Kernebot-administrator kan tage chatten ud af institutionen.");
        assertThat(institutions.forConversation(chat.conversationId(), null)).isPresent();

        bot().send(chat.message(ADMIN_USER, "institution fjern"));
        assertThat(last(chat).text()).isEqualTo("Denne chat hører ikke længere til Fjernehuset. "
                + "Institutionens ledere får ikke længere spørgsmål herfra.");
        assertThat(institutions.forConversation(chat.conversationId(), null)).isEmpty();
        bot().send(chat.message(ADMIN_USER, "institution fjern"));
        assertThat(last(chat).text()).startsWith("Denne chat hører ikke til nogen institution i Kernebot");

        bot().send(fromFile.message(ADMIN_USER, "institution fjern"));
        assertThat(last(fromFile).text()).contains("hører ikke længere til Fjernehuset")
                .contains("Chatten står stadig i institutionens fil");
        assertThat(institutions.forConversation(fromFile.conversationId(), null)).isEmpty();
    }

    @Test
    void unlinkingInAChannelUnlinksTheWholeTeam() {
        TeamsActivities channel = channel();
        String id = create(file(uniqueId("teamfjern"), "Teamfjern").toString());
        bot().send(channel.message(ADMIN_USER, "institution " + id));

        bot().send(channel.message(ADMIN_USER, "institution fjern"));

        assertThat(last(channel).text()).startsWith("Teamet – alle dets kanaler – hører ikke længere til Teamfjern.");
        assertThat(institutions.forConversation("19:another-channel@thread.tacv2", channel.teamId())).isEmpty();
    }

    @Test
    void aChannelLinkedExplicitlyToAnotherInstitutionFollowsTheAdminsTeamLink() {
        TeamsActivities channel = channel();
        create(withConversations(file(uniqueId("kanal"), "Kanalhuset"), List.of(channel.conversationId()), List.of())
                .toString());
        String id = create(file(uniqueId("teamhus"), "Teamhuset").toString());

        bot().send(channel.message(ADMIN_USER, "institution " + id));

        assertThat(institutions.forConversation(channel.conversationId(), channel.teamId()))
                .map(InstitutionProfile::id).contains(id);
    }

    @Test
    void englishReadersGetTheEnglishTextsAndDanishWhereThereIsNoEnglish() {
        TeamsActivities chat = groupChat().inEnglish();
        create(withConversations(file(uniqueId("engelsk"), "Sunflower House"),
                List.of(chat.conversationId()), List.of()).toString());

        bot().send(chat.message("Anne", "institution"));

        assertThat(last(chat).allText()).contains("Your institution").contains("The formal core task")
                .contains("We create safe communities where every child thrives, plays and learns.")
                .contains("Curiosity").contains("We wonder together with the children.")
                .contains("Fællesskab").contains("Alle børn skal opleve at høre til.")
                .doesNotContain("Nysgerrighed").doesNotContain("Den formelle kerneopgave");
        assertThat(institutions.forConversation(chat.conversationId(), null).orElseThrow().kerneopgave(Locale.ENGLISH))
                .isEqualTo("We create safe communities where every child thrives, plays and learns.");
    }

    @Test
    void linkingInAPersonalChatIsExplained() {
        String id = create(file(uniqueId("personlig"), "Personlig").toString());
        TeamsActivities chat = personal();

        bot().send(chat.message(ADMIN_USER, "institution " + id));

        assertThat(last(chat).text()).startsWith("En institution knyttes til den gruppechat eller kanal");
        assertThat(institutions.forConversation(chat.conversationId(), null)).isEmpty();
    }

    @Test
    void theHelpCardListsTheCommand() {
        TeamsActivities chat = groupChat();

        bot().send(chat.message("Anne", "hjælp"));

        assertThat(last(chat).allText()).contains("institution")
                .contains("Se jeres institutions formelle kerneopgave og værdisæt");
    }

    private String create(String json) {
        var response = admin("PUT", "/admin/institutions", json);
        assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
        return InstitutionFixtures.read(json).path("id").asText();
    }

    private static Sent last(TeamsActivities chat) {
        return InstitutionFixtures.last(connector, chat);
    }

    private static List<String> commandsOf(JsonNode card) {
        return card.path("actions").findValuesAsText("command").stream().distinct().toList();
    }
}
