package dk.kernebot.session;

import static dk.kernebot.session.SessionFixtures.data;
import static dk.kernebot.session.SessionFixtures.roster;
import static dk.kernebot.session.SessionFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kernebot.chat.UserRef;
import dk.kernebot.support.BotIntegrationTest;
import dk.kernebot.support.TeamsActivities;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A step with 500 entries and the summary of a long kvalitetssamtale stay small cards (issue 19), through the real
 * endpoint: the step card shows the newest six with how many there are, "Vis flere" goes back in time in place,
 * "Tilbage" comes back, a new entry brings the card back to the newest; the summary pages the same way.
 */
class SessionPagingTest extends BotIntegrationTest {

    private static final int LIMIT = 40 * 1024;
    private static final Pattern NOTE = Pattern.compile("Note nummer (\\d+)\\.");

    @Autowired
    EntryStore entries;
    @Autowired
    EntryNotes notes;

    @Test
    void aStepWith500EntriesAndTheSummaryPageInPlace() throws Exception {
        TeamsActivities chat = groupChat();
        roster(connector, chat, "Dorte", "Lars", "Mette");
        bot().send(chat.message("Dorte", "start kvalitetssamtale"));
        String id = data(connector.lastPostedTo(chat.conversationId()).card(), "sessionId");
        SessionFixtures.next(bot(), connector, chat, "Dorte", id, "ramme");

        UserRef lars = new UserRef(TeamsActivities.userId("Lars"), TeamsActivities.aadId("Lars"), "Lars");
        UserRef mette = new UserRef(TeamsActivities.userId("Mette"), TeamsActivities.aadId("Mette"), "Mette");
        UserRef dorte = new UserRef(TeamsActivities.userId("Dorte"), TeamsActivities.aadId("Dorte"), "Dorte");
        for (int i = 1; i <= 499; i++) {
            clock.advance(Duration.ofSeconds(1));
            Entry entry = entries.add(id, "laereplan", i % 2 == 0 ? lars : mette, "Note nummer " + i + ". Vi har talt om "
                    + "læreplanens temaer og om, hvordan børnene selv er med til at vælge aktiviteter.",
                    EntryTags.dialogue("NOTE", null, null));
            if (i == 497 || i == 3) {
                notes.noted(entry, dorte);
            }
        }
        clock.advance(Duration.ofSeconds(1));
        JsonNode first = click(chat, "Mette", "session.contribute", Map.of("sessionId", id, "stepId", "laereplan",
                "category", "NOTE", "text", "Note nummer 500. Den nyeste note."));
        assertThat(bytes(first)).as("the step card with 500 entries").isLessThan(LIMIT);
        assertThat(notes(first)).containsExactly(495, 496, 497, 498, 499, 500);
        assertThat(text(first)).contains("Viser 495–500 af 500");
        assertThat(pageButtons(first)).containsExactly("Vis flere (494 mere)");
        // Who noted what is read for the page: 497 was noted by Dorte, the rest of the page was not.
        assertThat(text(first)).contains("Fra Mette (noteret af Dorte)", "Mangler stadig: Dorte")
                .containsPattern("Har bidraget: [^\\n]*Mette");
        assertThat(text(first).split("noteret af", -1)).as("one noted entry on the page").hasSize(2);

        JsonNode second = click(chat, "Lars", "session.page", button(first, "Vis flere"));
        assertThat(bytes(second)).isLessThan(LIMIT);
        assertThat(notes(second)).containsExactly(489, 490, 491, 492, 493, 494);
        assertThat(text(second)).contains("Viser 489–494 af 500");
        assertThat(pageButtons(second)).containsExactly("Vis flere (488 mere)", "Tilbage");
        assertThat(text(second)).doesNotContain("noteret af");

        JsonNode third = click(chat, "Dorte", "session.page", button(second, "Vis flere"));
        assertThat(notes(third)).containsExactly(483, 484, 485, 486, 487, 488);
        JsonNode back = click(chat, "Mette", "session.page", button(third, "Tilbage"));
        assertThat(notes(back)).containsExactly(489, 490, 491, 492, 493, 494);

        // Someone writes: the card is back at the newest, with the new entry.
        clock.advance(Duration.ofSeconds(1));
        JsonNode written = click(chat, "Lars", "session.contribute", Map.of("sessionId", id, "stepId", "laereplan",
                "category", "NOTE", "text", "Note nummer 501. Lars skrev den sidst."));
        assertThat(notes(written)).containsExactly(496, 497, 498, 499, 500, 501);
        assertThat(text(written)).contains("Viser 496–501 af 501");

        // The summary of the whole kvalitetssamtale holds all 501 notes, a page at a time.
        String previous = "laereplan";
        for (String step : List.of("laeringsmiljoe", "sprog", "trivsel", "foraeldre", "overgange", "indsatser",
                "evaluering", "aftale", "handleplan")) {
            SessionFixtures.next(bot(), connector, chat, "Dorte", id, previous);
            previous = step;
        }
        JsonNode summary = connector.lastPostedTo(chat.conversationId()).card();
        assertThat(bytes(summary)).as("the summary with 501 notes").isLessThan(LIMIT);
        assertThat(text(summary)).contains("Den pædagogiske læreplan", "Opsamlingen fylder mere end ét kort: side 1 af",
                "Afslut og gem");
        assertThat(notes(summary)).startsWith(1, 2, 3).hasSizeLessThanOrEqualTo(30);
        int onFirst = notes(summary).size();
        JsonNode summaryTwo = click(chat, "Lars", "session.page", button(summary, "Vis flere"));
        assertThat(bytes(summaryTwo)).isLessThan(LIMIT);
        assertThat(text(summaryTwo)).contains("Den pædagogiske læreplan (fortsat)", "side 2 af");
        assertThat(pageButtons(summaryTwo)).containsExactly("Vis flere", "Tilbage");
        assertThat(notes(summaryTwo).get(0)).isEqualTo(onFirst + 1);
        JsonNode summaryBack = click(chat, "Lars", "session.page", button(summaryTwo, "Tilbage"));
        assertThat(notes(summaryBack)).startsWith(1, 2, 3);
    }

    @Test
    void anEnglishTeamsPagesInEnglish() {
        TeamsActivities chat = groupChat().inEnglish();
        roster(connector, chat, "Dorte", "Lars");
        bot().send(chat.message("Dorte", "start kvalitetssamtale"));
        String id = data(connector.lastPostedTo(chat.conversationId()).card(), "sessionId");
        SessionFixtures.next(bot(), connector, chat, "Dorte", id, "ramme");
        UserRef lars = new UserRef(TeamsActivities.userId("Lars"), TeamsActivities.aadId("Lars"), "Lars");
        for (int i = 1; i <= 20; i++) {
            clock.advance(Duration.ofSeconds(1));
            entries.add(id, "laereplan", lars, "Note nummer " + i + ".", EntryTags.dialogue("NOTE", null, null));
        }
        JsonNode card = click(chat, "Dorte", "session.page", Map.of("sessionId", id, "stepId", "laereplan", "page", 2));
        assertThat(notes(card)).containsExactly(9, 10, 11, 12, 13, 14);
        assertThat(text(card)).contains("Showing 9–14 of 20").doesNotContain("Viser", "Vis flere");
        assertThat(pageButtons(card)).containsExactly("Show more (8 more)", "Back");
    }

    @Test
    void aPriorityOver40BoblerRanksEveryPageByTheVotes() {
        TeamsActivities chat = groupChat();
        roster(connector, chat, "Anne", "Bo", "Carla");
        bot().send(chat.message("Anne", "start kerneopgave"));
        String id = data(connector.lastPostedTo(chat.conversationId()).card(), "sessionId");
        SessionFixtures.next(bot(), connector, chat, "Anne", id, "ramme");
        SessionFixtures.next(bot(), connector, chat, "Anne", id, "kerneopgave");
        UserRef bo = new UserRef(TeamsActivities.userId("Bo"), TeamsActivities.aadId("Bo"), "Bo");
        List<String> bobler = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            clock.advance(Duration.ofSeconds(1));
            bobler.add(entries.add(id, "bobler", bo, "Boble nummer " + i + ".", EntryTags.ring("INSTITUTION")).id());
        }
        SessionFixtures.next(bot(), connector, chat, "Anne", id, "bobler");
        // Boble 7 gets three votes, 30 and 12 two each (12 was written first), 1 one; the rest none.
        Map<Integer, List<String>> votes = Map.of(7, List.of("Anne", "Bo", "Carla"), 30, List.of("Anne", "Bo"),
                12, List.of("Bo", "Carla"), 1, List.of("Anne"));
        votes.forEach((boble, voters) -> voters.forEach(name -> entries.vote(id, "prioritering", bobler.get(boble - 1),
                new UserRef(TeamsActivities.userId(name), TeamsActivities.aadId(name), name))));

        JsonNode first = click(chat, "Carla", "session.page", Map.of("sessionId", id, "stepId", "prioritering", "page", 1));
        assertThat(bobler(first)).containsExactly(7, 12, 30, 1, 2, 3);
        assertThat(text(first)).contains("1\\. Boble nummer 7.", "2\\. Boble nummer 12.", "2\\. Boble nummer 30.",
                "4\\. Boble nummer 1.", "Viser 1–6 af 40, flest stemmer først.").doesNotContain("\\. Boble nummer 2.");
        assertThat(pageButtons(first)).containsExactly("Vis flere (34 mere)");

        JsonNode second = click(chat, "Bo", "session.page", button(first, "Vis flere"));
        assertThat(bobler(second)).containsExactly(4, 5, 6, 8, 9, 10);
        assertThat(text(second)).contains("Viser 7–12 af 40");
        JsonNode last = click(chat, "Bo", "session.page", Map.of("sessionId", id, "stepId", "prioritering", "page", 7));
        assertThat(bobler(last)).containsExactly(37, 38, 39, 40);
        assertThat(text(last)).contains("Viser 37–40 af 40").doesNotContain("Vis flere");
    }

    /** The boble numbers on a card, in card order, each once. */
    private static List<Integer> bobler(JsonNode card) {
        List<Integer> numbers = new ArrayList<>();
        Matcher m = Pattern.compile("Boble nummer (\\d+)\\.").matcher(text(card));
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            if (!numbers.contains(n)) {
                numbers.add(n);
            }
        }
        return numbers;
    }

    /** The note numbers on a card, in card order, each once. */
    private static List<Integer> notes(JsonNode card) {
        List<Integer> numbers = new ArrayList<>();
        for (JsonNode t : card.findValues("text")) {
            Matcher m = NOTE.matcher(t.asText());
            while (m.find()) {
                int n = Integer.parseInt(m.group(1));
                if (!numbers.contains(n)) {
                    numbers.add(n);
                }
            }
        }
        return numbers;
    }

    /** The titles of the card's paging buttons (each once: a fallback repeats its button's title). */
    private static List<String> pageButtons(JsonNode card) {
        List<String> titles = new ArrayList<>();
        for (JsonNode action : card.findParents("verb")) {
            String title = action.path("title").asText();
            if ("Action.Execute".equals(action.path("type").asText()) && "session.page".equals(action.path("verb").asText())
                    && !titles.contains(title)) {
                titles.add(title);
            }
        }
        return titles;
    }

    /** The data of the paging button whose title starts with {@code title}, as the card has it. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> button(JsonNode card, String title) {
        for (JsonNode action : card.findParents("verb")) {
            if ("Action.Execute".equals(action.path("type").asText()) && "session.page".equals(action.path("verb").asText())
                    && action.path("title").asText().startsWith(title)) {
                return SessionFixtures.JSON.convertValue(action.path("data"), Map.class);
            }
        }
        throw new AssertionError("No button '" + title + "' on the card: " + text(card));
    }

    private JsonNode click(TeamsActivities chat, String user, String verb, Map<String, Object> data) {
        return SessionFixtures.click(bot(), chat, user, verb, data);
    }

    private static int bytes(JsonNode card) throws Exception {
        return SessionFixtures.JSON.writeValueAsString(card).getBytes(StandardCharsets.UTF_8).length;
    }
}
