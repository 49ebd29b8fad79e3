package dk.kernebot.reflection;

import java.util.List;

import dk.kernebot.cards.CardTemplate;
import dk.kernebot.cards.CardView;

/** The typed data of the reflection cards, the theme chooser and the saved answers. */
final class ReflectionCardViews {

    private ReflectionCardViews() {
    }

    /** One line under the card's question. */
    record Prompt(String text) {
    }

    /**
     * A drawn card in one of its states: open (the buttons work), closed (answered or sent to the leader, with
     * "Næste kort"), or away (a newer card has been drawn: a quiet note and "Vis det aktuelle kort").
     */
    @CardTemplate("reflection-card")
    record Card(String drawId, String themeLabel, String question, List<Prompt> prompts, boolean showChildrenReminder,
                String childrenReminder, boolean restarted, String restartNote, boolean hasError, String error,
                boolean isOpen, boolean isClosed, boolean isAway, String awayNote, boolean isAnswered,
                String answerLabel, String answerText, String answerBy, boolean isEscalated, String escalatedLabel,
                String escalatedText, String escalatedNote, String footer, String saveLabel, String answerInputLabel,
                String answerPlaceholder, String saveButton, String nextLabel, String otherThemeLabel,
                String escalateLabel, String questionInputLabel, String questionPlaceholder, String escalateButton,
                String answersLabel, String currentLabel) implements CardView {
    }

    /** A theme button on the chooser. */
    record ThemeChoice(String id, String name, String description) {
    }

    @CardTemplate("themes")
    record Themes(boolean hasProblem, String problem, String title, String intro, String ageGroup, String drawLabel,
                  String allLabel, List<ThemeChoice> themes, boolean hasLeftOut, String leftOut) implements CardView {
    }

    /** One saved answer on the answers card. */
    record AnswerLine(String question, String answer, String by) {
    }

    /** A theme's saved answers, newest first. */
    record ThemeAnswers(String name, List<AnswerLine> answers) {
    }

    @CardTemplate("answers")
    record Answers(String title, String intro, List<ThemeAnswers> themes, boolean hasMore, String moreNote,
                   String drawLabel) implements CardView {
    }
}
