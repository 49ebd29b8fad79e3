package dk.kernebot.meeting;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.kernebot.actionplan.DueAction;
import dk.kernebot.actionplan.DueActions;
import dk.kernebot.cards.CardRenderer;
import dk.kernebot.cards.CardText;
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
        List<DueAction> due = followUps.dueBy(context.conversationId(), today.plusDays(FOLLOW_UP_HORIZON_DAYS), today);
        if (open.isEmpty() && answered.isEmpty() && due.isEmpty()) {
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

    private String startCard(ChatContext context, MeetingEvent event, List<OpenSession> open, List<Question> answered,
                             List<DueAction> due) {
        var locale = context.locale();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("heading", event.title() == null ? texts.get(locale, "meeting.start.heading")
                : texts.get(locale, "meeting.start.headingTitled", CardText.escapeMarkdown(event.title())));
        data.put("hasSessions", !open.isEmpty());
        data.put("sessionsLabel", texts.get(locale, "meeting.start.sessions"));
        data.put("sessions", open.stream().map(s -> Map.of("text", texts.get(locale,
                s.paused() ? "meeting.start.session.paused" : "meeting.start.session.active",
                s.processTitle(), s.stepTitle()))).toList());
        data.put("resumeLabel", texts.get(locale, "meeting.start.resume"));
        data.put("hasFollowUps", !due.isEmpty());
        data.put("followUpsLabel", texts.get(locale, "meeting.start.followUps"));
        List<Map<String, Object>> lines = new ArrayList<>();
        for (DueAction followUp : due) {
            lines.add(Map.of("text", texts.get(locale, followUp.overdue() ? "meeting.start.followUp.overdue"
                    : "meeting.start.followUp", CardText.escapeMarkdown(followUp.text()),
                    followUp.ownerName() == null ? "?" : CardText.escapeMarkdown(followUp.ownerName()),
                    dk.kernebot.actionplan.DanishDates.format(followUp.due(), locale))));
        }
        data.put("followUps", lines);
        data.put("planLabel", texts.get(locale, "meeting.start.plan"));
        data.put("hasAnswers", !answered.isEmpty());
        data.put("answersLabel", texts.get(locale, "meeting.start.answers"));
        data.put("answers", answered.stream().map(q -> Map.of(
                "question", CardText.escapeMarkdown(q.text()),
                "answer", texts.get(locale, "meeting.start.answer", q.handledByName() == null ? "?"
                        : CardText.escapeMarkdown(q.handledByName()), CardText.escapeMarkdown(q.answer() == null ? "" : q.answer())))).toList());
        data.put("questionsLabel", texts.get(locale, "meeting.start.questions"));
        data.put("offNote", texts.get(locale, "meeting.start.off"));
        return renderer.render("meeting-start", data);
    }
}
