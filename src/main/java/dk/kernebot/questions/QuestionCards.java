package dk.kernebot.questions;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
        return renderer.render(leaderView(Texts.DANISH, question, others, null)
                .withHeading(text(Texts.DANISH, "questions.leader.reminder", question.remindersSent() + 1)));
    }

    String forwardedCard(ChatContext context, Question question) {
        return renderer.render(leaderView(context.locale(), question, List.of(), null).forwarded(
                text(context.locale(), "questions.leader.forwarded", safe(question.assignedToName()))));
    }

    String leaderCard(Locale locale, Question question, List<Leader> others, String error) {
        return renderer.render(leaderView(locale, question, others, error));
    }

    private QuestionViews.LeaderCard leaderView(Locale locale, Question question, List<Leader> others, String error) {
        List<QuestionViews.Fact> facts = new ArrayList<>();
        facts.add(new QuestionViews.Fact(text(locale, "questions.fact.askedBy"), safe(question.askedByName())));
        facts.add(new QuestionViews.Fact(text(locale, "questions.fact.when"), when(locale, question.createdAt())));
        if (question.sourceContext() != null) {
            facts.add(new QuestionViews.Fact(text(locale, "questions.fact.source." + question.source().name()),
                    CardText.escapeMarkdown(question.sourceContext())));
        }
        String outcome = question.answer() == null ? "" : CardText.escapeMarkdown(question.answer());
        Function<String, String> label = key -> text(locale, "questions.leader." + key);
        return new QuestionViews.LeaderCard(question.id(), text(locale, "questions.leader.heading"),
                CardText.escapeMarkdown(question.text()), facts, error != null, error == null ? "" : error,
                status(locale, question), statusColor(question.status()), !outcome.isEmpty(), outcome,
                question.isWaiting(), question.status() == QuestionStatus.OPEN,
                question.isWaiting() && !others.isEmpty(),
                label.apply("answerLabel"), label.apply("answerInputLabel"), label.apply("answerPlaceholder"),
                label.apply("sendAnswerLabel"), label.apply("investigateLabel"), label.apply("forwardLabel"),
                label.apply("forwardInputLabel"), label.apply("sendForwardLabel"),
                others.stream().map(l -> new QuestionViews.OtherLeader(l.key(), safe(l.name()))).toList(),
                label.apply("rejectLabel"), label.apply("reasonInputLabel"), label.apply("reasonPlaceholder"),
                label.apply("sendRejectLabel"));
    }

    /** @param failure why a question's leader notification failed for good (see Outbox#failure), or null */
    String list(ChatContext context, List<Question> questions, List<Leader> leaders, Function<Question, String> failure) {
        Locale locale = context.locale();
        String intro = leaders.isEmpty() ? text(locale, "questions.list.noLeader")
                : text(locale, "questions.list.leaders", names(locale, leaders.stream().map(Leader::name).toList()));
        if (questions.isEmpty()) {
            intro = intro + " " + text(locale, "questions.list.empty");
        }
        return renderer.render(new QuestionViews.ListCard(text(locale, "questions.list.title"), intro,
                text(locale, "questions.mine.open"), text(locale, "reflection.answers.draw"), "kort",
                items(locale, questions, failure, false), false, "", false, "", 0));
    }

    /** "mine spørgsmål": one page of what waits, with how many there are and "Vis flere" while more wait. */
    String mine(ChatContext context, WaitingQuestions.Page page) {
        Locale locale = context.locale();
        String intro = page.total() == 0 ? text(locale, "questions.mine.empty")
                : text(locale, "questions.mine.intro", page.total());
        boolean paged = page.total() > page.questions().size();
        String pageNote = paged ? text(locale, "questions.mine.page", page.offset() + 1,
                page.offset() + page.questions().size(), page.total()) : "";
        return renderer.render(new QuestionViews.ListCard(text(locale, "questions.mine.title"), intro,
                text(locale, "questions.mine.open"), text(locale, "action.help"), "hjælp",
                items(locale, page.questions(), q -> null, true), paged, pageNote, page.hasMore(),
                text(locale, "questions.mine.more"), page.offset() + page.questions().size()));
    }

    private List<QuestionViews.Item> items(Locale locale, List<Question> questions, Function<Question, String> failure,
                                           boolean canOpen) {
        return questions.stream().map(q -> {
            String outcome = q.answer() == null ? "" : CardText.escapeMarkdown(q.answer());
            String failed = q.isWaiting() ? failure.apply(q) : null;
            return new QuestionViews.Item(q.id(), CardText.escapeMarkdown(q.text()),
                    safe(q.askedByName()) + " · " + when(locale, q.createdAt()), status(locale, q),
                    statusColor(q.status()), !outcome.isEmpty(), outcome, failed != null, failed == null ? ""
                    : text(locale, Outbox.UNREACHABLE.equals(failed) ? "questions.list.unreachable" : "questions.list.failed"),
                    canOpen);
        }).toList();
    }

    String leaders(ChatContext context, List<Leader> leaders, String problem) {
        Locale locale = context.locale();
        String note = text(locale, leaders.isEmpty() ? "leaders.none" : "leaders.note");
        if (leaders.stream().anyMatch(Leader::fromInstitution)) {
            note = note + " " + text(locale, "leaders.institutionNote");
        }
        return renderer.render(new QuestionViews.LeadersCard(text(locale, "leaders.title"),
                leaders.stream().map(l -> new QuestionViews.LeaderName(l.fromInstitution()
                        ? text(locale, "leaders.fromInstitution", safe(l.name())) : safe(l.name()))).toList(),
                problem != null ? problem : note, text(locale, "leaders.action")));
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
