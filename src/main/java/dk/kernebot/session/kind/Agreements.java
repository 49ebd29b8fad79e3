package dk.kernebot.session.kind;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.kernebot.actionplan.GoalDraft;
import dk.kernebot.session.Entry;
import dk.kernebot.session.StepDefinition;
import dk.kernebot.session.Term;
import dk.kernebot.session.Vocabularies;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What an agreement step works out from the session: the goal proposals of the steps before it, who holds each
 * deciding role (as the roles step recorded it), and each proposal's {@link Verdict}. It works for any process whose
 * roles vocabulary marks some roles {@code "decides": true}.
 */
@Component
class Agreements {

    private final ObjectProvider<StepTypes> types;
    private final RolesStep roles;
    private final Decisions decisions;

    Agreements(ObjectProvider<StepTypes> types, RolesStep roles, Decisions decisions) {
        this.types = types;
        this.roles = roles;
        this.decisions = decisions;
    }

    /**
     * What a step that lets roles decide needs of its process: roles that decide, and a roles step before it where
     * people take them. One rule for every deciding kind, so the agreement and the plan review cannot drift apart.
     */
    static List<StepProblem> decidingProblems(List<StepDefinition> before, Vocabularies vocabularies) {
        List<StepProblem> problems = new ArrayList<>();
        if (deciding(vocabularies).isEmpty()) {
            problems.add(new StepProblem("kind", "no-deciders"));
        }
        if (before.stream().noneMatch(s -> RolesStep.KIND.equals(s.kind()))) {
            problems.add(new StepProblem("kind", "no-roles-step"));
        }
        return problems;
    }

    /** The deciding roles the process declares, in its order. */
    static List<Term> deciding(Vocabularies vocabularies) {
        return vocabularies.of(Vocabularies.ROLES).stream().filter(Term::decides).toList();
    }

    /** The goals proposed in the steps before this one, each naming the entry it came from. */
    List<GoalDraft> proposals(StepContext context) {
        List<GoalDraft> all = new ArrayList<>();
        StepTypes kinds = types.getObject();
        for (int i = 0; i < context.stepIndex(); i++) {
            StepDefinition step = context.process().step(i);
            kinds.of(step).goals(context.session(), context.process(), step).stream()
                    .filter(g -> g.sourceId() != null).forEach(all::add);
        }
        return all;
    }

    /** The people holding each deciding role (role id → their role entries), every deciding role present. */
    Map<String, List<Entry>> holders(StepContext context) {
        Map<String, List<Entry>> byRole = new LinkedHashMap<>();
        deciding(context.process().vocabularies()).forEach(t -> byRole.put(t.id(), new ArrayList<>()));
        rolesStep(context).ifPresent(step -> roles.holders(context.sessionId(), step.id()).stream()
                .filter(e -> byRole.containsKey(e.role())).forEach(e -> byRole.get(e.role()).add(e)));
        return byRole;
    }

    /** The deciding role {@code userId} holds, if any. */
    Optional<String> roleOf(StepContext context, String userId) {
        return holders(context).entrySet().stream()
                .filter(r -> r.getValue().stream().anyMatch(e -> e.authorId().equals(userId)))
                .map(Map.Entry::getKey).findFirst();
    }

    /** The deciding roles nobody holds yet. */
    List<String> missing(StepContext context) {
        return holders(context).entrySet().stream().filter(r -> r.getValue().isEmpty()).map(Map.Entry::getKey).toList();
    }

    Optional<StepDefinition> rolesStep(StepContext context) {
        return context.process().steps().stream().filter(s -> RolesStep.KIND.equals(s.kind())).findFirst();
    }

    /** Every proposal's verdict, in the order proposed. */
    List<Verdict> verdicts(StepContext context) {
        return verdicts(context, proposals(context));
    }

    /**
     * The verdict of this step's deciding roles on each of {@code proposals} (each naming what it is by its source
     * id): the goals proposed before an agreement step, or the handleplan's goals a dialogsamtale decides on.
     */
    List<Verdict> verdicts(StepContext context, List<GoalDraft> proposals) {
        List<String> roleIds = deciding(context.process().vocabularies()).stream().map(Term::id).toList();
        List<Decision> given = decisions.of(context.sessionId(), context.stepId());
        List<Verdict> verdicts = new ArrayList<>();
        for (GoalDraft proposal : proposals) {
            Map<String, Decision> answers = new LinkedHashMap<>();
            List<Decision> comments = new ArrayList<>();
            for (Decision d : given) {
                if (!d.proposalId().equals(proposal.sourceId())) {
                    continue;
                }
                if (d.isComment()) {
                    comments.add(d);
                } else if (roleIds.contains(d.role()) && d.seenText().equals(proposal.text())) {
                    answers.put(d.role(), d);
                }
            }
            verdicts.add(new Verdict(proposal, answers, comments, roleIds, fingerprint(proposal, answers)));
        }
        return verdicts;
    }

    private static String fingerprint(GoalDraft proposal, Map<String, Decision> answers) {
        StringBuilder all = new StringBuilder(proposal.text());
        answers.values().forEach(d -> all.append('\u0000').append(d.role()).append('\u0000').append(d.outcome())
                .append('\u0000').append(d.text()).append('\u0000').append(d.byId()).append('\u0000').append(d.at()));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(all.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }
}
