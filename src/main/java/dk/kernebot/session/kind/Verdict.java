package dk.kernebot.session.kind;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.kernebot.actionplan.GoalDraft;

/**
 * Where one goal proposal stands in an agreement step: each deciding role's answer (only answers to its present
 * words count), the comments, and the outcome once every deciding role has answered alike.
 *
 * @param answers by deciding role, in the order the process declares the roles; a role that has not answered is absent
 * @param seen    a fingerprint of the proposal's words and answers, carried by the card's buttons: a click made on
 *                a card drawn before the last answer changes nothing
 */
record Verdict(GoalDraft proposal, Map<String, Decision> answers, List<Decision> comments, List<String> roles,
               String seen) {

    /** The outcome all deciding roles gave alike (AGREED, REWORDED with the same words, NOT_NOW), if they did. */
    Optional<Decision> settled() {
        if (roles.isEmpty() || answers.size() < roles.size()) {
            return Optional.empty();
        }
        Decision first = answers.get(roles.get(0));
        return answers.values().stream().allMatch(d -> d.sameAs(first)) ? Optional.of(first) : Optional.empty();
    }

    /** The answers, in role order. */
    List<Decision> inOrder() {
        return roles.stream().filter(answers::containsKey).map(answers::get).toList();
    }

    /** The words the goal enters the handleplan with. */
    String agreedText() {
        return settled().filter(d -> Decision.REWORDED.equals(d.outcome())).map(Decision::text).orElse(proposal.text());
    }

    /** When the last of the alike answers was given. */
    long agreedAt() {
        return answers.values().stream().mapToLong(Decision::at).max().orElse(0);
    }
}
