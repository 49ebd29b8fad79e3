package dk.kernebot.actionplan;

import java.util.List;

import dk.kernebot.cards.CardTemplate;
import dk.kernebot.cards.CardView;

/**
 * Bound to {@code cards/handleplan-action.json}: one action with its facts and history, the status form and the
 * edit form. It carries the action's version, so a click on an older copy changes nothing.
 */
@CardTemplate("handleplan-action")
record ActionCardView(String actionId, int actionVersion, String kicker, String heading, List<Fact> facts,
                      boolean isOverdue, String overdueText, boolean hasError, String error, boolean hasInfo,
                      String info, String historyLabel, List<Line> history, boolean hasOlder,
                      String olderText, String currentStatus,
                      List<Choice> statusChoices, String text, String ownerId, List<Choice> ownerChoices,
                      String dueValue, int cadenceValue, String statusLabel, String statusInputLabel,
                      String commentLabel, String commentPlaceholder, String saveStatusLabel, String editLabel,
                      String editTextLabel, String ownerLabel, String dueLabel, String cadenceLabel,
                      String saveEditLabel, String backLabel, String requiredText) implements CardView {

    /** A fact line: "Ansvarlig", "Frist", "Status" … (the follow-up reminder shows the same ones). */
    record Fact(String title, String value) {
    }

    record Line(String text) {
    }

    record Choice(String title, String value) {
    }
}
