package dk.kernebot.meeting;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dk.kernebot.actionplan.DueAction;
import dk.kernebot.actionplan.DueActions;
import dk.kernebot.cards.CardRenderer;
import dk.kernebot.cards.CardTemplate;
import dk.kernebot.cards.CardText;
import dk.kernebot.cards.CardView;
import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.MeetingEvent;
import dk.kernebot.chat.MeetingEventHandler;
import dk.kernebot.chat.OutgoingMessage;
import dk.kernebot.chat.Reply;
import dk.kernebot.chat.Texts;
import dk.kernebot.questions.Question;
import dk.kernebot.questions.QuestionService;
import dk.kernebot.session.OpenSession;
import dk.kernebot.session.SessionMeetings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bot in a Teams meeting. When the meeting starts it posts one short card, only if there is something for
 * this meeting (a paused session, follow-ups due, answers the group has not seen); when it ends, an active session
 * pauses and its summary so far is posted. Duplicated events and events for meetings with nothing here are quiet.
 */
@Service
class MeetingService implements MeetingEventHandler {

    private static final Logger log = LoggerFactory.getLogger(MeetingService.class);
    /** Without an earlier meeting, answers from this far back count as news. */
    static final Duration FIRST_MEETING_LOOKBACK = Duration.ofDays(14);
    static final int FOLLOW_UP_HORIZON_DAYS = 7;
    /** The card lists this many follow-ups (overdue first) and counts the rest: the plan has them all. */
    static final int FOLLOW_UPS_SHOWN = 5;

    private final MeetingLog meetings;
    private final SessionMeetings sessions;
    private final QuestionService questions;
    private final DueActions followUps;
    private final CardRenderer renderer;
    private final Texts texts;
    private final java.time.Clock clock;

    MeetingService(MeetingLog meetings, SessionMeetings sessions, QuestionService questions, DueActions followUps,
                   CardRenderer renderer, Texts texts, java.time.Clock clock) {
        this.meetings = meetings;
        this.sessions = sessions;
        this.questions = questions;
        this.followUps = followUps;
        this.renderer = renderer;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Reply handle(ChatContext context, MeetingEvent event) {
        if (!meetings.firstTime(context.conversationId(), event)) {
            log.info("Ignoring a repeated meeting {} event", event.kind());
            return Reply.none();
        }
        return event.kind() == MeetingEvent.Kind.START ? started(context, event) : ended(context);
    }

    private Reply started(ChatContext context, MeetingEvent event) {
        List<OpenSession> open = sessions.meetingStarted(context.conversationId(), context.locale());
        if (!meetings.startNotices(context.conversationId())) {
            return Reply.none();
        }
        long now = event.at() == null ? clock.millis() : event.at().toEpochMilli();
        long since = meetings.previousStart(context.conversationId(), now)
                .orElse(now - FIRST_MEETING_LOOKBACK.toMillis());
        List<Question> answered = questions.answeredSince(context.conversationId(), since);
        LocalDate today = java.time.Instant.ofEpochMilli(now).atZone(clock.getZone()).toLocalDate();
        DueActions.Due due = followUps.dueBy(context.conversationId(), today.plusDays(FOLLOW_UP_HORIZON_DAYS), today,
                FOLLOW_UPS_SHOWN);
        if (open.isEmpty() && answered.isEmpty() && due.total() == 0) {
            return Reply.none();
        }
        return Reply.card(startCard(context, event, open, answered, due));
    }

    private Reply ended(ChatContext context) {
        List<String> summaries = sessions.meetingEnded(context);
        if (summaries.isEmpty()) {
            return Reply.none();
        }
        Reply reply = Reply.text(texts.get(context.locale(), "meeting.ended.paused"));
        for (String summary : summaries) {
            reply = reply.and(OutgoingMessage.card(summary));
        }
        return reply;
    }

    /** One line on the card. */
    record Line(String text) {
    }

    /** A leader's answer the group has not seen. */
    record Answer(String question, String answer) {
    }

    @CardTemplate("meeting-start")
    record StartCard(String heading, boolean hasSessions, String sessionsLabel, List<Line> sessions, String resumeLabel,
                     boolean hasFollowUps, String followUpsLabel, List<Line> followUps, boolean hasMoreFollowUps,
                     String moreFollowUps, String planLabel, boolean hasAnswers, String answersLabel,
                     List<Answer> answers, String questionsLabel, String offNote) implements CardView {
    }

    private String startCard(ChatContext context, MeetingEvent event, List<OpenSession> open, List<Question> answered,
                             DueActions.Due due) {
        var locale = context.locale();
        List<Line> sessionLines = open.stream().map(s -> new Line(texts.get(locale,
                s.paused() ? "meeting.start.session.paused" : "meeting.start.session.active",
                s.processTitle(), s.stepTitle()))).toList();
        List<Line> followUpLines = new ArrayList<>();
        for (DueAction followUp : due.shown()) {
            followUpLines.add(new Line(texts.get(locale, followUp.overdue() ? "meeting.start.followUp.overdue"
                    : "meeting.start.followUp", CardText.escapeMarkdown(followUp.text()),
                    followUp.ownerName() == null ? "?" : CardText.escapeMarkdown(followUp.ownerName()),
                    dk.kernebot.actionplan.DanishDates.format(followUp.due(), locale))));
        }
        List<Answer> answers = answered.stream().map(q -> new Answer(CardText.escapeMarkdown(q.text()),
                texts.get(locale, "meeting.start.answer", q.handledByName() == null ? "?"
                        : CardText.escapeMarkdown(q.handledByName()),
                        CardText.escapeMarkdown(q.answer() == null ? "" : q.answer())))).toList();
        return renderer.render(new StartCard(event.title() == null ? texts.get(locale, "meeting.start.heading")
                : texts.get(locale, "meeting.start.headingTitled", CardText.escapeMarkdown(event.title())),
                !open.isEmpty(), texts.get(locale, "meeting.start.sessions"), sessionLines,
                texts.get(locale, "meeting.start.resume"),
                due.total() > 0, texts.get(locale, "meeting.start.followUps"), followUpLines,
                due.rest() > 0, texts.get(locale, "meeting.start.moreFollowUps", due.rest()),
                texts.get(locale, "meeting.start.plan"),
                !answered.isEmpty(), texts.get(locale, "meeting.start.answers"), answers,
                texts.get(locale, "meeting.start.questions"), texts.get(locale, "meeting.start.off")));
    }
}
