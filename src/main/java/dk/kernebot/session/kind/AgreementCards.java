package dk.kernebot.session.kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.kernebot.session.Entry;
import dk.kernebot.session.EntryStore;
import dk.kernebot.session.SessionTexts;
import dk.kernebot.session.Vocabularies;
import org.springframework.stereotype.Component;

/** The words and the card of an agreement step: who decides, where each proposal stands, the summary's lines. */
@Component
class AgreementCards {

    /** Proposals on one card: each may carry its words three times (shown, two rewordings) and comments. */
    static final int PER_PAGE = 4;
    /** The newest comments shown under a proposal. */
    static final int COMMENTS_SHOWN = 3;

    private final SessionTexts texts;
    private final EntryStore entries;
    private final ListPages pages;

    AgreementCards(SessionTexts texts, EntryStore entries, ListPages pages) {
        this.texts = texts;
        this.entries = entries;
        this.pages = pages;
    }

    AgreementView view(StepContext context, List<Verdict> verdicts, Map<String, List<Entry>> holders) {
        List<String> missing = holders.entrySet().stream().filter(r -> r.getValue().isEmpty())
                .map(Map.Entry::getKey).toList();
        ListPage page = ListPage.of(verdicts.size(), PER_PAGE, pages.page(context, verdicts.size()), false);
        List<AgreementView.Proposal> shown = new ArrayList<>();
        for (int i = page.from(); i < page.to(); i++) {
            shown.add(proposal(context, i + 1, verdicts.get(i), holders));
        }
        List<Choice> open = missing.stream().map(r -> new Choice(role(context, r), r)).toList();
        return new AgreementView(context.ref(), t(context, "session.agreement.deciders", deciders(context, holders)),
                !missing.isEmpty(), missing.isEmpty() ? "" : missingText(context, missing), verdicts.isEmpty(),
                t(context, "session.agreement.none"), shown, page.paged(),
                t(context, "session.agreement.page", page.from() + 1, page.to(), page.total()), page.hasNext(),
                t(context, "session.entries.more", Math.max(1, page.after(false))), page.page() + 1,
                page.hasPrevious(), t(context, "session.entries.previous"), page.page() - 1,
                context.isCurrent() && !missing.isEmpty(), t(context, "session.agreement.takeRole"),
                t(context, "session.agreement.takeRole.input"), t(context, "session.error.role"), open,
                t(context, "session.agreement.takeRole.submit"));
    }

    private AgreementView.Proposal proposal(StepContext context, int number, Verdict verdict,
                                            Map<String, List<Entry>> holders) {
        String id = verdict.proposal().sourceId();
        Optional<Entry> source = entries.find(id);
        String author = source.map(Entry::authorName).orElse(null);
        // The agenda point in the reader's words (the draft carries the Danish title, as the handleplan stores it).
        String point = source.flatMap(e -> context.process().steps().stream().filter(s -> s.id().equals(e.stepId()))
                .findFirst()).map(s -> s.title().in(context.locale()))
                .orElse(verdict.proposal().agendaPoint() == null ? "–" : verdict.proposal().agendaPoint());
        Optional<Decision> settled = verdict.settled();
        String status;
        String color = "Default";
        if (settled.isPresent()) {
            status = t(context, "session.agreement.status." + settled.get().outcome(), agreedBy(context, verdict, holders));
            color = Decision.NOT_NOW.equals(settled.get().outcome()) ? "Default" : "Good";
        } else if (verdict.answers().size() == verdict.roles().size()) {
            status = t(context, "session.agreement.status.differ", deciders(context, holders));
            color = "Attention";
        } else {
            status = t(context, "session.agreement.status.waiting", and(context, verdict.roles().stream()
                    .filter(r -> !verdict.answers().containsKey(r)).map(r -> role(context, r)).toList()));
        }
        List<AgreementView.Answer> answers = verdict.inOrder().stream().map(d -> answer(context, verdict, d, settled))
                .toList();
        List<Decision> comments = verdict.comments();
        List<AgreementView.Comment> lastComments = comments.subList(Math.max(0, comments.size() - COMMENTS_SHOWN),
                comments.size()).stream().map(c -> new AgreementView.Comment(t(context, "session.agreement.comment",
                        texts.name(c.byName()), texts.escape(c.text())))).toList();
        return new AgreementView.Proposal(id, verdict.seen(),
                number + "\\. " + texts.escape(verdict.proposal().text()),
                t(context, "session.agreement.byline", point, texts.name(author)),
                status, color, !answers.isEmpty(), answers, !lastComments.isEmpty(), lastComments,
                t(context, "session.agreement.agree"), t(context, "session.agreement.reword"), "reword-" + id,
                t(context, "session.agreement.rewordInput"), verdict.agreedText(),
                t(context, "session.agreement.rewordSubmit"), t(context, "session.agreement.notNow"),
                t(context, "session.agreement.commentButton"), "comment-" + id,
                t(context, "session.agreement.commentInput"), t(context, "session.agreement.commentSubmit"));
    }

    /** "Dagtilbudschef (Dorte): aftalt med ny ordlyd: ..." and, until the words are agreed, a button to join them. */
    private AgreementView.Answer answer(StepContext context, Verdict verdict, Decision d, Optional<Decision> settled) {
        String who = t(context, "session.agreement.holder", texts.name(d.byName()), role(context, d.role()));
        String line = Decision.REWORDED.equals(d.outcome())
                ? t(context, "session.agreement.answer.REWORDED", who, texts.escape(d.text()))
                : t(context, "session.agreement.answer." + d.outcome(), who);
        boolean join = context.isCurrent() && settled.isEmpty() && Decision.REWORDED.equals(d.outcome());
        return new AgreementView.Answer(line, join, t(context, "session.agreement.join"), join ? d.text() : "",
                verdict.proposal().sourceId(), verdict.seen());
    }

    /** "Dorte (Dagtilbudschef) og Mette (Dagtilbudsleder)": who agreed, for the card. */
    String agreedBy(StepContext context, Verdict verdict, Map<String, List<Entry>> holders) {
        return and(context, verdict.inOrder().stream().map(d -> t(context, "session.agreement.holder",
                texts.name(d.byName()), role(context, d.role()))).toList());
    }

    /** The same in plain words (no card markup), for the goal's history in the handleplan and its export. */
    String agreedByPlain(StepContext context, Verdict verdict) {
        return and(context, verdict.inOrder().stream().map(d -> t(context, "session.agreement.holder",
                d.byName() == null ? "?" : d.byName(), role(context, d.role()))).toList());
    }

    /** Who may decide: each deciding role with the people holding it, or that nobody does yet. */
    String deciders(StepContext context, Map<String, List<Entry>> holders) {
        return and(context, holders.entrySet().stream().map(r -> r.getValue().isEmpty()
                ? t(context, "session.agreement.nobody", role(context, r.getKey()))
                : t(context, "session.agreement.holder", String.join(", ", r.getValue().stream()
                        .map(e -> texts.name(e.authorName())).toList()), role(context, r.getKey()))).toList());
    }

    String missingText(StepContext context, List<String> missing) {
        return t(context, "session.agreement.missing", and(context, missing.stream().map(r -> role(context, r)).toList()));
    }

    List<SummaryPart.Line> summaryLines(StepContext context, List<Verdict> verdicts, Map<String, List<Entry>> holders) {
        List<SummaryPart.Line> lines = new ArrayList<>();
        for (Verdict v : verdicts) {
            String proposed = texts.escape(v.proposal().text());
            lines.add(new SummaryPart.Line(v.settled().map(d -> switch (d.outcome()) {
                case Decision.REWORDED -> t(context, "session.summary.agreement.REWORDED", texts.escape(d.text()), proposed,
                        agreedBy(context, v, holders));
                case Decision.NOT_NOW -> t(context, "session.summary.agreement.NOT_NOW", proposed);
                default -> t(context, "session.summary.agreement.AGREED", proposed, agreedBy(context, v, holders));
            }).orElse(t(context, "session.summary.agreement.open", proposed))));
        }
        return lines;
    }

    private String and(StepContext context, List<String> parts) {
        if (parts.size() <= 1) {
            return parts.isEmpty() ? "–" : parts.get(0);
        }
        return t(context, "session.agreement.and", String.join(", ", parts.subList(0, parts.size() - 1)),
                parts.get(parts.size() - 1));
    }

    static String role(StepContext context, String role) {
        return context.process().vocabularies().label(Vocabularies.ROLES, role, context.locale());
    }

    private String t(StepContext context, String key, Object... args) {
        return texts.t(context.locale(), key, args);
    }
}
