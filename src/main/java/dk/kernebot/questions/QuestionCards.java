package dk.kernebot.questions;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import dk.kernebot.cards.CardRenderer;
import dk.kernebot.cards.CardText;
import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.Texts;
import dk.kernebot.outbox.Outbox;
import org.springframework.stereotype.Component;

/** The cards and messages of the questions feature, in the reader's language. */
@Component
class QuestionCards {

    private final CardRenderer renderer;
    private final Texts texts;
    private final Clock clock;

    QuestionCards(CardRenderer renderer, Texts texts, Clock clock) {
        this.renderer = renderer;
        this.texts = texts;
        this.clock = clock;
    }

    String text(Locale locale, String key, Object... args) {
        return texts.get(locale, key, args);
    }

    String raisedNote(ChatContext context, QuestionService.Raised raised) {
        if (raised.leaderNames().isEmpty()) {
            return text(context.locale(), "questions.raised.noLeader");
        }
        return text(context.locale(), "questions.raised", names(context.locale(), raised.leaderNames()));
    }

    String leaderCard(ChatContext context, Question question, List<Leader> others, String error) {
        return leaderCard(context.locale(), question, others, error);
    }

    String reminderCard(Question question, List<Leader> others) {
        Map<String, Object> data = leaderData(Texts.DANISH, question, others, null);
        data.put("heading", text(Texts.DANISH, "questions.leader.reminder", question.remindersSent() + 1));
        return renderer.render("question-leader", data);
    }

    String forwardedCard(ChatContext context, Question question) {
        Map<String, Object> data = leaderData(context.locale(), question, List.of(), null);
        data.put("isWaiting", false);
        data.put("canInvestigate", false);
        data.put("canForward", false);
        data.put("statusLine", text(context.locale(), "questions.leader.forwarded", safe(question.assignedToName())));
        data.put("statusColor", "Good");
        return renderer.render("question-leader", data);
    }

    String leaderCard(Locale locale, Question question, List<Leader> others, String error) {
        return renderer.render("question-leader", leaderData(locale, question, others, error));
    }

    private Map<String, Object> leaderData(Locale locale, Question question, List<Leader> others, String error) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("questionId", question.id());
        data.put("heading", text(locale, "questions.leader.heading"));
        data.put("question", CardText.escapeMarkdown(question.text()));
        List<Map<String, String>> facts = new ArrayList<>();
        facts.add(Map.of("title", text(locale, "questions.fact.askedBy"), "value", safe(question.askedByName())));
        facts.add(Map.of("title", text(locale, "questions.fact.when"), "value", when(locale, question.createdAt())));
        if (question.sourceContext() != null) {
            facts.add(Map.of("title", text(locale, "questions.fact.source." + question.source().name()),
                    "value", CardText.escapeMarkdown(question.sourceContext())));
        }
        data.put("facts", facts);
        data.put("hasError", error != null);
        data.put("error", error == null ? "" : error);
        data.put("statusLine", status(locale, question));
        data.put("statusColor", statusColor(question.status()));
        String outcome = question.answer() == null ? "" : CardText.escapeMarkdown(question.answer());
        data.put("hasOutcome", !outcome.isEmpty());
        data.put("outcome", outcome);
        data.put("isWaiting", question.isWaiting());
        data.put("canInvestigate", question.status() == QuestionStatus.OPEN);
        data.put("canForward", question.isWaiting() && !others.isEmpty());
        data.put("otherLeaders", others.stream().map(l -> Map.of("id", l.key(), "name", safe(l.name()))).toList());
        for (String key : List.of("answerLabel", "answerInputLabel", "answerPlaceholder", "sendAnswerLabel",
                "investigateLabel", "forwardLabel", "forwardInputLabel", "sendForwardLabel", "rejectLabel",
                "reasonInputLabel", "reasonPlaceholder", "sendRejectLabel")) {
            data.put(key, text(locale, "questions.leader." + key));
        }
        return data;
    }

    /** @param failure why a question's leader notification failed for good (see Outbox#failure), or null */
    String list(ChatContext context, List<Question> questions, List<Leader> leaders, Function<Question, String> failure) {
        Locale locale = context.locale();
        String intro = leaders.isEmpty() ? text(locale, "questions.list.noLeader")
                : text(locale, "questions.list.leaders", names(locale, leaders.stream().map(Leader::name).toList()));
        if (questions.isEmpty()) {
            intro = intro + " " + text(locale, "questions.list.empty");
        }
        return renderList(locale, text(locale, "questions.list.title"), intro, questions, failure, false,
                text(locale, "reflection.answers.draw"), "kort");
    }

    String mine(ChatContext context, List<Question> waiting) {
        Locale locale = context.locale();
        String intro = waiting.isEmpty() ? text(locale, "questions.mine.empty") : text(locale, "questions.mine.intro", waiting.size());
        return renderList(locale, text(locale, "questions.mine.title"), intro, waiting, q -> null, true,
                text(locale, "action.help"), "hjælp");
    }

    private String renderList(Locale locale, String title, String intro, List<Question> questions,
                              Function<Question, String> failure, boolean canOpen, String actionLabel,
                              String actionCommand) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("title", title);
        data.put("intro", intro);
        data.put("openLabel", text(locale, "questions.mine.open"));
        data.put("actionLabel", actionLabel);
        data.put("actionCommand", actionCommand);
        data.put("questions", questions.stream().map(q -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", q.id());
            item.put("text", CardText.escapeMarkdown(q.text()));
            item.put("meta", safe(q.askedByName()) + " · " + when(locale, q.createdAt()));
            item.put("status", status(locale, q));
            item.put("statusColor", statusColor(q.status()));
            String outcome = q.answer() == null ? "" : CardText.escapeMarkdown(q.answer());
            item.put("hasOutcome", !outcome.isEmpty());
            item.put("outcome", outcome);
            String failed = q.isWaiting() ? failure.apply(q) : null;
            item.put("failed", failed != null);
            item.put("failedNote", failed == null ? ""
                    : text(locale, Outbox.UNREACHABLE.equals(failed) ? "questions.list.unreachable" : "questions.list.failed"));
            item.put("canOpen", canOpen);
            return item;
        }).toList());
        return renderer.render("questions", data);
    }

    String leaders(ChatContext context, List<Leader> leaders, String problem) {
        Locale locale = context.locale();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("title", text(locale, "leaders.title"));
        data.put("leaders", leaders.stream().map(l -> Map.of("name", l.fromInstitution()
                ? text(locale, "leaders.fromInstitution", safe(l.name())) : safe(l.name()))).toList());
        String note = text(locale, leaders.isEmpty() ? "leaders.none" : "leaders.note");
        if (leaders.stream().anyMatch(Leader::fromInstitution)) {
            note = note + " " + text(locale, "leaders.institutionNote");
        }
        data.put("note", problem != null ? problem : note);
        data.put("actionLabel", text(locale, "leaders.action"));
        return renderer.render("leaders", data);
    }

    /** Why "leder fjern" left these people leaders: the institution's file names them. */
    String institutionLeadersStay(Locale locale, List<String> names) {
        return text(locale, "leaders.fromInstitutionStays", names(locale, names), names.size());
    }

        String answeredMessage(Locale locale, Question q) {
        return text(locale, "questions.group.answered", mention(q), safe(q.handledByName()),
                CardText.escapeMarkdown(q.text()), CardText.escapeMarkdown(q.answer()));
    }

    String investigatingMessage(Locale locale, Question q) {
        return text(locale, "questions.group.investigating", mention(q), safe(q.handledByName()),
                CardText.escapeMarkdown(q.text()));
    }

    String rejectedMessage(Locale locale, Question q) {
        return text(locale, "questions.group.rejected", mention(q), safe(q.handledByName()),
                CardText.escapeMarkdown(q.text()), CardText.escapeMarkdown(q.answer()));
    }

    private String status(Locale locale, Question q) {
        return switch (q.status()) {
            case OPEN -> q.assignedToName() != null
                    ? text(locale, "questions.status.forwarded", safe(q.assignedToName()))
                    : text(locale, "questions.status.OPEN");
            case INVESTIGATING -> text(locale, "questions.status.INVESTIGATING", safe(q.handledByName()));
            case ANSWERED -> text(locale, "questions.status.ANSWERED", safe(q.handledByName()));
            case REJECTED -> text(locale, "questions.status.REJECTED", safe(q.handledByName()));
        };
    }

    private static String statusColor(QuestionStatus status) {
        return switch (status) {
            case OPEN -> "Warning";
            case INVESTIGATING -> "Accent";
            case ANSWERED -> "Good";
            case REJECTED -> "Attention";
        };
    }

    /** The asker, exactly as the outbox's mention entity names them, so Teams turns it into a real @mention. */
    private static String mention(Question q) {
        return "<at>" + (q.askedByName() == null ? "?" : q.askedByName()) + "</at>";
    }

    private String names(Locale locale, List<String> names) {
        List<String> safeNames = names.stream().map(QuestionCards::safe).toList();
        if (safeNames.size() == 1) {
            return safeNames.get(0);
        }
        return String.join(", ", safeNames.subList(0, safeNames.size() - 1)) + " " + text(locale, "words.and") + " "
                + safeNames.get(safeNames.size() - 1);
    }

    private String when(Locale locale, long epochMillis) {
        return DateTimeFormatter.ofPattern(text(locale, "reflection.time"), Texts.supported(locale))
                .withZone(clock.getZone()).format(Instant.ofEpochMilli(epochMillis));
    }

    private static String safe(String name) {
        return name == null || name.isBlank() ? "?" : CardText.escapeMarkdown(name);
    }
}
