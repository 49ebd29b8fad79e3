package dk.kernebot.session;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dk.kernebot.cards.CardRenderer;
import dk.kernebot.cards.CardText;
import dk.kernebot.chat.Texts;
import dk.kernebot.institution.CoreValue;
import dk.kernebot.institution.InstitutionProfile;
import dk.kernebot.reflection.SuggestedCard;
import org.springframework.stereotype.Component;

/** Renders the session cards (a step, the summary, a question's reflection card, the board, a choice). */
@Component
class SessionViews {

    static final String[] LEVELS = {"INSTITUTION", "KOMMUNAL", "NATIONAL", "INTERNATIONAL"};

    private final CardRenderer renderer;
    private final Texts texts;
    private final java.time.Clock clock;

    SessionViews(CardRenderer renderer, Texts texts, java.time.Clock clock) {
        this.renderer = renderer;
        this.texts = texts;
        this.clock = clock;
    }

    String step(Locale locale, StepState state, String error) {
        return step(locale, state, error, null);
    }

    /** @param info a short confirmation shown on the card (a click's own result, e.g. whom a nudge reached) */
    String step(Locale locale, StepState state, String error, String info) {
        if (state.step().kind() == StepKind.SUMMARY) {
            return summary(locale, state, error);
        }
        GuidedSession session = state.session();
        StepDefinition step = state.step();
        boolean current = state.isCurrent();
        Map<String, Object> data = header(locale, state, error);
        data.put("stepHeading", t(locale, "session.stepHeading", state.stepIndex() + 1, state.process().steps().size(),
                step.title().in(locale)));
        data.put("guidance", step.guidance().in(locale));
        data.put("showChildrenReminder", step.aboutChildren() && current);
        data.put("childrenReminder", t(locale, "privacy.children.reminder"));
        data.put("isCurrent", current);
        data.put("isReadOnly", !current);
        data.put("closedNote", closedNote(locale, session, state.stepIndex()));
        data.put("hasInfo", info != null);
        data.put("info", info == null ? "" : info);
        frame(locale, state, data);
        agreed(locale, state, data);
        entries(locale, state, data);
        questions(locale, state, data);
        voices(locale, state, data);
        inputs(locale, state, data);
        data.put("hasReflection", step.reflectionTheme() != null);
        data.put("reflectionLabel", t(locale, "session.reflection"));
        data.put("reflectionCommand", "kort " + (step.reflectionTheme() == null ? "" : step.reflectionTheme()));
        data.put("showNudge", step.collectsVoices() && !state.quiet().isEmpty());
        data.put("nudgeLabel", t(locale, "session.nudge"));
        data.put("nextLabel", t(locale, "session.next"));
        data.put("backLabel", t(locale, "session.back"));
        data.put("hasBack", state.stepIndex() > 0);
        data.put("pauseLabel", t(locale, "session.pause"));
        data.put("endLabel", t(locale, "session.end"));
        return renderer.render("session-step", data);
    }

    String summary(Locale locale, StepState state, String error) {
        GuidedSession session = state.session();
        Map<String, Object> data = header(locale, state, error);
        boolean open = state.isCurrent();
        data.put("heading", t(locale, "session.summary.heading", state.step().title().in(locale)));
        data.put("intro", state.step().guidance().in(locale));
        data.put("isEnded", session.status() == SessionStatus.ENDED);
        data.put("endedNote", t(locale, "session.summary.ended"));
        data.put("isOpen", open);
        boolean hasProposals = state.process().firstOfKind(StepKind.PROPOSALS).isPresent();
        boolean hasBubbles = state.process().firstOfKind(StepKind.BUBBLES).isPresent();
        data.put("hasKerneopgave", hasProposals);
        data.put("hasBubbleSection", hasBubbles);
        data.put("hasBoard", hasBubbles);
        data.put("hasPlan", state.process().endsInHandleplan() && session.status() == SessionStatus.COMPLETED);
        data.put("planLabel", t(locale, "session.summary.plan"));
        data.put("sections", sections(locale, state));
        data.put("kerneopgaveLabel", t(locale, "session.summary.kerneopgave"));
        data.put("kerneopgave", session.agreedText() == null ? t(locale, "session.summary.noKerneopgave")
                : CardText.escapeMarkdown(session.agreedText()));
        List<Map<String, Object>> changes = changes(locale, state);
        data.put("hasChanges", !changes.isEmpty());
        data.put("changesLabel", t(locale, "session.summary.changes", state.previous().map(p -> date(locale, p.finishedAt()))
                .orElse("")));
        data.put("changes", changes);
        data.put("bubblesLabel", t(locale, "session.summary.bubbles"));
        List<Map<String, Object>> bubbles = new ArrayList<>();
        for (Entry bubble : state.bubbles()) {
            Integer rank = Ranking.rankOf(state.bubbles(), state.priorityVotes(), bubble);
            String line = t(locale, "session.summary.bubble", rank == null ? "•" : rank + "\\.",
                    CardText.escapeMarkdown(bubble.text()), level(locale, bubble.level()),
                    state.priorityVotes().getOrDefault(bubble.id(), 0));
            if (bubble.inPractice()) {
                line = line + " " + t(locale, "session.summary.inPractice");
            }
            bubbles.add(Map.of("text", line));
        }
        data.put("bubbles", bubbles);
        data.put("noBubbles", bubbles.isEmpty());
        data.put("noBubblesText", t(locale, "session.summary.noBubbles"));
        data.put("questionsLabel", t(locale, "session.questions.label"));
        List<Map<String, Object>> questions = questionLines(locale, state);
        data.put("questions", questions);
        data.put("noQuestions", questions.isEmpty());
        data.put("noQuestionsText", t(locale, "session.questions.none"));
        List<String> took = state.participants().stream().filter(Participant::active)
                .map(p -> CardText.escapeMarkdown(p.displayName())).toList();
        data.put("participantsText", t(locale, "session.summary.participants", took.isEmpty() ? "–" : String.join(", ", took)));
        LocalDate revisit = Instant.ofEpochMilli(session.finishedAt() == null ? clock.millis() : session.finishedAt())
                .atZone(clock.getZone()).toLocalDate().plusMonths(state.process().revisitAfterMonths());
        data.put("hasRevisit", state.process().revisitAfterMonths() > 0);
        data.put("revisitText", t(locale, "session.summary.revisit", dateOf(locale, revisit)));
        data.put("completeLabel", t(locale, "session.complete"));
        data.put("backLabel", t(locale, "session.back"));
        data.put("boardLabel", t(locale, "session.board"));
        return renderer.render("session-summary", data);
    }

    String question(Locale locale, SessionQuestion question, SuggestedCard suggestion, String leaderNote) {
        Map<String, Object> data = new LinkedHashMap<>();
        boolean open = SessionQuestion.OFFERED.equals(question.status());
        data.put("questionId", question.id());
        data.put("heading", t(locale, "session.question.heading", name(question.askedByName())));
        data.put("questionText", CardText.escapeMarkdown(question.text()));
        data.put("hasCard", suggestion != null);
        data.put("tryCardLabel", suggestion == null ? "" : t(locale, "session.question.tryCard", suggestion.theme().name().in(locale)));
        data.put("cardQuestion", suggestion == null ? "" : CardText.escapeMarkdown(suggestion.card().question().in(locale)));
        data.put("prompts", suggestion == null ? List.of() : suggestion.card().prompts().stream()
                .map(p -> Map.of("text", CardText.escapeMarkdown(p.in(locale)))).toList());
        data.put("isOpen", open);
        data.put("isClosed", !open);
        data.put("statusText", switch (question.status()) {
            case SessionQuestion.SETTLED -> question.note() == null || question.note().isBlank()
                    ? t(locale, "session.question.settled")
                    : t(locale, "session.question.settledWith", CardText.escapeMarkdown(question.note()));
            case SessionQuestion.ESCALATED -> leaderNote == null ? t(locale, "session.question.escalated") : leaderNote;
            default -> "";
        });
        data.put("nextText", t(locale, suggestion == null ? "session.question.nextNoCard" : "session.question.next"));
        data.put("settleLabel", t(locale, "session.question.settle"));
        data.put("noteLabel", t(locale, "session.question.noteLabel"));
        data.put("notePlaceholder", t(locale, "session.question.notePlaceholder"));
        data.put("settleSubmit", t(locale, "session.question.settleSubmit"));
        data.put("escalateLabel", t(locale, "session.question.escalate"));
        return renderer.render("session-question", data);
    }

    String board(Locale locale, String processTitle, String baseUrl, String token) {
        Map<String, Object> data = new LinkedHashMap<>();
        String base = baseUrl.replaceAll("/+$", "") + "/boards/" + token;
        // The board is drawn in the chat's language: the browser or Teams' image proxy that fetches the links may
        // ask for another one (a Danish Teams on an English browser), so the links say which.
        String lang = "lang=" + Texts.supported(locale).getLanguage();
        data.put("heading", t(locale, "session.boardCard.heading", processTitle));
        data.put("text", t(locale, "session.boardCard.text"));
        data.put("previewUrl", base + ".png?" + lang);
        data.put("altText", t(locale, "session.boardCard.alt"));
        data.put("pdfA3Label", t(locale, "session.boardCard.pdfA3"));
        data.put("pdfA3Url", base + ".pdf?size=A3&" + lang);
        data.put("pdfA2Label", t(locale, "session.boardCard.pdfA2"));
        data.put("pdfA2Url", base + ".pdf?size=A2&" + lang);
        data.put("svgLabel", t(locale, "session.boardCard.svg"));
        data.put("svgUrl", base + ".svg?" + lang);
        return renderer.render("session-board", data);
    }

    String choice(Locale locale, GuidedSession open, ProcessDefinition process) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("sessionId", open.id());
        data.put("heading", t(locale, "session.choice.heading", process.title().in(locale)));
        data.put("text", t(locale, open.status() == SessionStatus.PAUSED ? "session.choice.paused" : "session.choice.active",
                name(open.startedByName()), date(locale, open.startedAt()), process.step(open.stepIndex()).title().in(locale)));
        data.put("next", t(locale, "session.choice.next"));
        data.put("resumeLabel", t(locale, "session.choice.resume"));
        data.put("restartLabel", t(locale, "session.choice.restart"));
        return renderer.render("session-choice", data);
    }

    String level(Locale locale, String level) {
        return t(locale, "session.level." + (level == null ? "INSTITUTION" : level));
    }

    String t(Locale locale, String key, Object... args) {
        return texts.get(locale, key, args);
    }

    private Map<String, Object> header(Locale locale, StepState state, String error) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("sessionId", state.session().id());
        data.put("stepId", state.step().id());
        data.put("processTitle", state.process().title().in(locale));
        data.put("hasError", error != null);
        data.put("error", error == null ? "" : error);
        data.put("facilitatorNote", t(locale, "session.facilitator", name(state.session().facilitatorName())));
        return data;
    }

    private String closedNote(Locale locale, GuidedSession session, int stepIndex) {
        return switch (session.status()) {
            case PAUSED -> t(locale, "session.closed.paused");
            case COMPLETED, ENDED -> t(locale, "session.closed.finished");
            default -> stepIndex < session.stepIndex() ? t(locale, "session.closed.done") : t(locale, "session.closed.later");
        };
    }

    /** The record of a conversation's dialogue steps and roles, one section per step with entries. */
    private List<Map<String, Object>> sections(Locale locale, StepState state) {
        List<Map<String, Object>> sections = new ArrayList<>();
        for (StepDefinition step : state.process().steps()) {
            if (step.kind() != StepKind.DIALOGUE && step.kind() != StepKind.ROLES) {
                continue;
            }
            List<Entry> written = state.allEntries().getOrDefault(step.id(), List.of());
            if (written.isEmpty()) {
                continue;
            }
            List<Map<String, Object>> lines = written.stream().map(e -> Map.<String, Object>of("text",
                    step.kind() == StepKind.ROLES
                            ? t(locale, "session.summary.role", name(e.authorName()), role(locale, e.level()))
                            : t(locale, "session.summary.line", category(locale, e.level()), CardText.escapeMarkdown(e.text()),
                                tags(locale, e), name(e.authorName())))).toList();
            sections.add(Map.of("heading", step.kind() == StepKind.ROLES ? t(locale, "session.summary.roles")
                    : step.title().in(locale), "lines", lines));
        }
        return sections;
    }

    String category(Locale locale, String category) {
        return t(locale, "session.category." + (category == null ? "NOTE" : category));
    }

    String role(Locale locale, String role) {
        return t(locale, "session.role." + role);
    }

    /** "(proceskvalitet · social kapital)" for a tagged goal, empty otherwise. */
    private String tags(Locale locale, Entry entry) {
        if (entry.values().isEmpty()) {
            return "";
        }
        return " (" + entry.values().stream().map(v -> t(locale, "session.tag." + v))
                .collect(Collectors.joining(" · ")) + ")";
    }

    private void frame(Locale locale, StepState state, Map<String, Object> data) {
        boolean isFrame = state.step().kind() == StepKind.FRAME;
        InstitutionProfile profile = state.profile().orElse(null);
        data.put("isFrame", isFrame);
        data.put("hasProfile", profile != null);
        data.put("noProfile", profile == null);
        data.put("noProfileText", t(locale, "session.frame.noProfile"));
        data.put("institutionName", profile == null ? "" : CardText.escapeMarkdown(profile.name()));
        data.put("formalLabel", t(locale, "session.frame.formal"));
        data.put("formalText", profile == null ? "" : CardText.escapeMarkdown(profile.kerneopgave(locale)));
        data.put("valuesLabel", t(locale, "session.frame.values"));
        data.put("values", profile == null ? List.of() : profile.values().stream().map(v -> Map.of(
                "name", CardText.escapeMarkdown(v.name(locale)),
                "description", CardText.escapeMarkdown(v.description(locale)))).toList());
        data.put("rulesLabel", t(locale, "session.frame.rules"));
        data.put("rules", List.of(Map.of("text", t(locale, "session.frame.rule1")),
                Map.of("text", t(locale, "session.frame.rule2")), Map.of("text", t(locale, "session.frame.rule3"))));
        boolean hasPrevious = isFrame && state.previous().map(p -> p.agreedText() != null).orElse(false);
        data.put("hasPrevious", hasPrevious);
        data.put("previousLabel", hasPrevious ? t(locale, "session.frame.previous",
                date(locale, state.previous().get().finishedAt())) : "");
        data.put("previousText", hasPrevious ? CardText.escapeMarkdown(state.previous().get().agreedText()) : "");
    }

    private void agreed(Locale locale, StepState state, Map<String, Object> data) {
        boolean proposals = state.step().kind() == StepKind.PROPOSALS;
        String agreedText = state.session().agreedText();
        data.put("hasAgreed", proposals && agreedText != null);
        data.put("agreedLabel", t(locale, "session.agreed.label"));
        data.put("agreedText", agreedText == null ? "" : CardText.escapeMarkdown(agreedText));
        data.put("agreedBy", t(locale, "session.agreed.by", name(state.session().agreedByName())));
        data.put("showAgreeEdit", proposals && state.isCurrent() && !state.entries().isEmpty());
        data.put("agreeEditLabel", t(locale, agreedText == null ? "session.agree.write" : "session.agree.edit"));
        data.put("agreeEditInputLabel", t(locale, "session.agree.inputLabel"));
        data.put("agreedEditValue", agreedText == null ? "" : agreedText);
        data.put("agreeEditSubmit", t(locale, "session.agree.submit"));
    }

    private void entries(Locale locale, StepState state, Map<String, Object> data) {
        StepKind kind = state.step().kind();
        boolean show = kind == StepKind.PROPOSALS || kind == StepKind.BUBBLES || kind == StepKind.PRIORITY
                || kind == StepKind.ROLES || kind == StepKind.DIALOGUE;
        Map<String, String> valueNames = state.profile().map(p -> p.values().stream()
                .collect(Collectors.toMap(CoreValue::id, v -> v.name(locale), (a, b) -> a))).orElse(Map.of());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Entry entry : state.entries()) {
            int votes = state.votes().getOrDefault(entry.id(), 0);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", entry.id());
            boolean agreed = kind == StepKind.PROPOSALS && entry.text().equals(state.session().agreedText());
            Integer rank = kind == StepKind.PRIORITY ? Ranking.rankOf(state.entries(), state.votes(), entry) : null;
            // "1. " at the start of a TextBlock would become a numbered list (indented, apart from its byline).
            row.put("rankPrefix", rank != null ? rank + "\\. "
                    : kind == StepKind.DIALOGUE ? category(locale, entry.level()) + ": " : "");
            row.put("text", kind == StepKind.ROLES ? role(locale, entry.level()) : CardText.escapeMarkdown(entry.text()));
            row.put("textWeight", agreed || entry.inPractice() ? "Bolder" : "Default");
            row.put("entryStyle", agreed || entry.inPractice() ? "good" : "default");
            row.put("byline", byline(locale, kind, entry, votes));
            String details = details(locale, kind, entry, valueNames);
            row.put("details", details);
            row.put("hasDetails", !details.isEmpty());
            row.put("showVote", kind == StepKind.PROPOSALS || kind == StepKind.PRIORITY);
            row.put("voteLabel", t(locale, kind == StepKind.PRIORITY ? "session.vote.dot" : "session.vote.proposal", votes));
            row.put("showAgree", kind == StepKind.PROPOSALS && !agreed);
            row.put("agreeLabel", t(locale, "session.agree.pick"));
            row.put("showPractice", kind == StepKind.PRIORITY);
            row.put("practiceLabel", t(locale, entry.inPractice() ? "session.practice.off" : "session.practice.on"));
            row.put("showEdit", kind != StepKind.PRIORITY && kind != StepKind.ROLES);
            row.put("editLabel", t(locale, "session.edit"));
            row.put("editInputId", "edit-" + entry.id());
            row.put("editInputLabel", t(locale, "session.edit.inputLabel"));
            row.put("editValue", entry.text());
            row.put("saveEditLabel", t(locale, "session.edit.save"));
            row.put("withdrawLabel", t(locale, "session.withdraw"));
            rows.add(row);
        }
        data.put("showEntries", show);
        data.put("entries", rows);
        data.put("noEntries", rows.isEmpty());
        data.put("entriesLabel", show ? t(locale, "session.entries." + kind.name()) : "");
        data.put("noEntriesText", show ? t(locale, "session.entries.none." + kind.name()) : "");
    }

    private String byline(Locale locale, StepKind kind, Entry entry, int votes) {
        String by = t(locale, "session.entry.by", name(entry.authorName()));
        if (kind == StepKind.PRIORITY) {
            by = t(locale, "session.entry.votes", votes) + " · " + by;
        }
        return entry.inPractice() ? by + " · " + t(locale, "session.summary.inPractice") : by;
    }

    private String details(Locale locale, StepKind kind, Entry entry, Map<String, String> valueNames) {
        if (kind == StepKind.PROPOSALS && !entry.values().isEmpty()) {
            return t(locale, "session.entry.values", entry.values().stream()
                    .map(id -> CardText.escapeMarkdown(valueNames.getOrDefault(id, id))).collect(Collectors.joining(", ")));
        }
        if (kind == StepKind.BUBBLES || kind == StepKind.PRIORITY) {
            return t(locale, "session.entry.level", level(locale, entry.level()));
        }
        if (kind == StepKind.DIALOGUE && !entry.values().isEmpty()) {
            return tags(locale, entry).strip();
        }
        return "";
    }

    private void questions(Locale locale, StepState state, Map<String, Object> data) {
        boolean isQuestions = state.step().kind() == StepKind.QUESTIONS;
        List<Map<String, Object>> lines = questionLines(locale, state);
        data.put("isQuestions", isQuestions);
        data.put("questionsLabel", t(locale, "session.questions.label"));
        data.put("questions", lines);
        data.put("noQuestions", lines.isEmpty());
        data.put("noQuestionsText", t(locale, "session.questions.none"));
        data.put("raiseLabel", t(locale, "session.raise"));
        data.put("raiseInputLabel", t(locale, "session.raise.inputLabel"));
        data.put("raisePlaceholder", t(locale, "session.raise.placeholder"));
        data.put("raiseSubmit", t(locale, "session.raise.submit"));
    }

    private List<Map<String, Object>> questionLines(Locale locale, StepState state) {
        return state.questions().stream().map(q -> Map.<String, Object>of("text", t(locale, "session.questions.line",
                CardText.escapeMarkdown(q.text()), name(q.askedByName()),
                t(locale, "session.questions.status." + q.status())))).toList();
    }

    private void voices(Locale locale, StepState state, Map<String, Object> data) {
        boolean show = state.step().collectsVoices();
        List<String> spoken = state.spoken().stream().map(p -> CardText.escapeMarkdown(p.displayName())).toList();
        List<String> quiet = state.quiet().stream().map(p -> CardText.escapeMarkdown(p.displayName())).toList();
        data.put("showVoices", show);
        data.put("spokenText", spoken.isEmpty() ? t(locale, "session.voices.none")
                : t(locale, "session.voices.spoken", String.join(", ", spoken)));
        data.put("quietText", quiet.isEmpty() ? (spoken.isEmpty() ? "" : t(locale, "session.voices.all"))
                : t(locale, "session.voices.quiet", String.join(", ", quiet)));
    }

    private void inputs(Locale locale, StepState state, Map<String, Object> data) {
        StepKind kind = state.step().kind();
        String key = kind.name();
        boolean contributes = kind == StepKind.PROPOSALS || kind == StepKind.BUBBLES || kind == StepKind.DIALOGUE
                || kind == StepKind.ROLES;
        data.put("canContribute", contributes);
        data.put("isRoles", kind == StepKind.ROLES);
        data.put("hasTextInput", kind != StepKind.ROLES);
        data.put("roleLabel", t(locale, "session.input.role"));
        data.put("roleError", t(locale, "session.error.role"));
        data.put("roleChoices", SessionContributions.ROLES.stream()
                .map(r -> Map.of("title", role(locale, r), "value", r)).toList());
        List<String> categories = state.step().categories();
        data.put("hasCategoryChoice", kind == StepKind.DIALOGUE && categories.size() > 1);
        data.put("categoryLabel", t(locale, "session.input.category"));
        data.put("defaultCategory", categories.isEmpty() ? "NOTE" : categories.get(0));
        data.put("categoryChoices", categories.stream().map(c -> Map.of("title", t(locale, "session.categoryChoice." + c),
                "value", c)).toList());
        data.put("hasGoalTags", kind == StepKind.DIALOGUE && categories.contains("GOAL"));
        data.put("qualityLabel", t(locale, "session.input.quality"));
        data.put("capitalLabel", t(locale, "session.input.capital"));
        data.put("tagPlaceholder", t(locale, "session.input.tagPlaceholder"));
        data.put("qualityChoices", SessionContributions.QUALITY_TYPES.stream()
                .map(q -> Map.of("title", t(locale, "session.tag." + q), "value", q)).toList());
        data.put("capitalChoices", SessionContributions.CAPITALS.stream()
                .map(c -> Map.of("title", t(locale, "session.tag." + c), "value", c)).toList());
        data.put("isBubbles", kind == StepKind.BUBBLES);
        data.put("contributeLabel", contributes ? t(locale, "session.contribute." + key) : "");
        boolean writes = contributes && kind != StepKind.ROLES;
        data.put("inputLabel", writes ? t(locale, "session.input." + key) : "");
        data.put("inputPlaceholder", writes ? t(locale, "session.placeholder." + key) : "");
        data.put("inputError", t(locale, "session.input.required"));
        data.put("submitLabel", t(locale, "session.submit"));
        List<CoreValue> values = state.profile().map(InstitutionProfile::values).orElse(List.of());
        data.put("hasValueChoices", kind == StepKind.PROPOSALS && !values.isEmpty());
        data.put("valuesInputLabel", t(locale, "session.input.values"));
        data.put("valueChoices", values.stream().map(v -> Map.of("title", v.name(locale), "value", v.id())).toList());
        data.put("levelLabel", t(locale, "session.input.level"));
        List<Map<String, Object>> levels = new ArrayList<>();
        for (String level : LEVELS) {
            levels.add(Map.of("title", level(locale, level), "value", level));
        }
        data.put("levelChoices", levels);
        data.put("servesLabel", t(locale, "session.input.serves"));
        data.put("servesPlaceholder", t(locale, "session.placeholder.serves"));
    }

    private List<Map<String, Object>> changes(Locale locale, StepState state) {
        if (state.previous().isEmpty()) {
            return List.of();
        }
        GuidedSession previous = state.previous().get();
        List<Map<String, Object>> changes = new ArrayList<>();
        String before = previous.agreedText();
        String now = state.session().agreedText();
        if (before != null && now != null && !before.equals(now)) {
            changes.add(Map.of("text", t(locale, "session.change.kerneopgave", CardText.escapeMarkdown(before))));
        } else if (before != null && before.equals(now)) {
            changes.add(Map.of("text", t(locale, "session.change.same")));
        }
        Set<String> old = state.previousBubbles().stream().map(e -> e.text().strip()).collect(Collectors.toSet());
        Set<String> current = state.bubbles().stream().map(e -> e.text().strip()).collect(Collectors.toSet());
        current.stream().filter(b -> !old.contains(b)).sorted().forEach(b ->
                changes.add(Map.of("text", t(locale, "session.change.newBubble", CardText.escapeMarkdown(b)))));
        old.stream().filter(b -> !current.contains(b)).sorted().forEach(b ->
                changes.add(Map.of("text", t(locale, "session.change.goneBubble", CardText.escapeMarkdown(b)))));
        return changes;
    }

    String date(Locale locale, Long epochMillis) {
        if (epochMillis == null) {
            return "";
        }
        return dateOf(locale, Instant.ofEpochMilli(epochMillis).atZone(clock.getZone()).toLocalDate());
    }

    private String dateOf(Locale locale, LocalDate date) {
        return dk.kernebot.actionplan.DanishDates.format(date, Texts.supported(locale));
    }

    private static String name(String name) {
        return name == null || name.isBlank() ? "?" : CardText.escapeMarkdown(name);
    }
}
