package dk.kernebot.session;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fewer buttons at once (issue 18): a step card gathered up to eight buttons from its kind, the frame and the
 * question form. Around one table with one screen (or in a narrow Teams side panel) that is a wall of buttons.
 * Here every step-level button of a drawn card is gathered into the card's own actions: the one next step first
 * and the only one styled as primary, then the two that matter most after it, and the rest behind one "Mere"
 * (an Action.ShowCard), so a card never shows more than {@link #VISIBLE} buttons at its foot. The buttons on each
 * entry (vote, edit ...) belong to their entry and stay where they are.
 */
final class ActionBar {

    /** Buttons shown at the card's foot, "Mere" included. */
    static final int VISIBLE = 4;

    private static final String POSITIVE = "positive";

    private ActionBar() {
    }

    /**
     * Rearranges {@code card} in place: its body's top-level ActionSets and its actions become one bounded row.
     * {@code kindActions} is how many of the gathered buttons are the step kind's own (they come first);
     * {@code contributeFirst} says the group still has voices to give, so the kind's own primary button (write a
     * proposal, place a boble) is the next step rather than "Næste trin".
     */
    static void arrange(ObjectNode card, int kindActions, boolean contributeFirst, String moreLabel) {
        List<ObjectNode> gathered = new ArrayList<>();
        ArrayNode body = (ArrayNode) card.get("body");
        for (int i = 0; i < body.size(); i++) {
            JsonNode element = body.get(i);
            if ("ActionSet".equals(element.path("type").asString(""))) {
                element.path("actions").forEach(a -> gathered.add((ObjectNode) a));
                body.remove(i--);
            }
        }
        card.path("actions").forEach(a -> gathered.add((ObjectNode) a));
        if (gathered.isEmpty()) {
            card.remove("actions");
            return;
        }
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < gathered.size(); i++) {
            ranked.add(new Ranked(gathered.get(i), i < kindActions, i));
        }
        Ranked primary = primary(ranked, contributeFirst);
        ranked.remove(primary);
        ranked.sort(Comparator.comparingInt(Ranked::weight).thenComparingInt(Ranked::order));
        List<ObjectNode> row = new ArrayList<>();
        row.add(primary.action().put("style", POSITIVE));
        ranked.forEach(r -> row.add(plain(r.action())));
        ArrayNode actions = card.putArray("actions");
        if (row.size() <= VISIBLE) {
            row.forEach(actions::add);
            return;
        }
        row.subList(0, VISIBLE - 1).forEach(actions::add);
        ObjectNode more = actions.addObject();
        more.put("type", "Action.ShowCard");
        more.put("title", moreLabel);
        ObjectNode inner = more.putObject("card");
        inner.put("type", "AdaptiveCard");
        inner.putArray("body");
        ArrayNode rest = inner.putArray("actions");
        row.subList(VISIBLE - 1, row.size()).forEach(rest::add);
    }

    /**
     * The one next step: the kind's own primary button while voices are still missing, else "Næste trin",
     * else whatever the card styled as primary (the summary's "Afslut forløbet"), else the first button.
     */
    private static Ranked primary(List<Ranked> ranked, boolean contributeFirst) {
        if (contributeFirst) {
            for (Ranked r : ranked) {
                if (r.kind() && POSITIVE.equals(r.action().path("style").asString(""))) {
                    return r;
                }
            }
        }
        for (Ranked r : ranked) {
            if ("session.next".equals(verb(r.action()))) {
                return r;
            }
        }
        for (Ranked r : ranked) {
            if (POSITIVE.equals(r.action().path("style").asString(""))) {
                return r;
            }
        }
        return ranked.get(0);
    }

    /** A button after the first keeps "destructive" (Afslut) but is never styled as a second primary. */
    private static ObjectNode plain(ObjectNode action) {
        if (POSITIVE.equals(action.path("style").asString(""))) {
            action.remove("style");
        }
        return action;
    }

    private static String verb(JsonNode action) {
        return action.path("verb").asString(action.path("data").path("verb").asString(""));
    }

    /** A gathered button and how soon it should be seen after the next step. */
    private record Ranked(ObjectNode action, boolean kind, int order) {

        int weight() {
            if (kind) {
                return 0;
            }
            return switch (verb(action)) {
                case "session.next" -> 1;
                case "session.nudge", "session.round" -> 2;
                case "command" -> 3;
                case "session.back" -> 5;
                case "session.pause" -> 6;
                case "session.end" -> 7;
                default -> 4; // raising a question (a ShowCard with no verb of its own)
            };
        }
    }
}
