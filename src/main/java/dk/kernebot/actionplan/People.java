package dk.kernebot.actionplan;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dk.kernebot.chat.MemberDirectory;
import dk.kernebot.chat.UserRef;
import dk.kernebot.questions.Leader;
import dk.kernebot.questions.Leaders;
import org.springframework.stereotype.Component;

/**
 * Who can own an action: the conversation's members as Teams lists them; when Teams cannot tell, the people the
 * plan already knows (owners, leaders) and the person asking. An owner chosen on a card is only an id from the
 * client, so it must be one of these.
 */
@Component
class People {

    /** A choice list longer than this makes the card heavy; a big team still finds its people by @mention. */
    static final int MAX_CHOICES = 60;

    private final MemberDirectory directory;
    private final Leaders leaders;
    private final ActionStore actions;

    People(MemberDirectory directory, Leaders leaders, ActionStore actions) {
        this.directory = directory;
        this.leaders = leaders;
        this.actions = actions;
    }

    List<UserRef> candidates(String conversationId, Plan plan, UserRef asking) {
        Map<String, UserRef> byId = new LinkedHashMap<>();
        directory.members(conversationId).forEach(p -> byId.putIfAbsent(p.id(), p));
        if (byId.isEmpty()) {
            if (asking != null && asking.id() != null && !asking.id().isBlank()) {
                byId.put(asking.id(), asking);
            }
            for (Leader leader : leaders.of(conversationId)) {
                // An institution's leader the bot has not reached yet has no Teams id to own an action with.
                if (leader.userId() != null) {
                    byId.putIfAbsent(leader.userId(), new UserRef(leader.userId(), leader.aadId(), leader.name()));
                }
            }
            if (plan != null) {
                actions.owners(plan.id(), MAX_CHOICES).forEach(o -> byId.putIfAbsent(o.id(), o));
            }
        }
        return byId.values().stream()
                .sorted(Comparator.comparing((UserRef p) -> p.displayName().toLowerCase(Locale.ROOT)))
                .limit(MAX_CHOICES)
                .toList();
    }

    Optional<UserRef> find(String conversationId, Plan plan, UserRef asking, String userId) {
        if (userId == null || userId.isBlank()) {
            return Optional.empty();
        }
        return candidates(conversationId, plan, asking).stream().filter(p -> p.id().equals(userId)).findFirst();
    }

    /** "@Bo" typed without a real mention: the one candidate with that name (or first name), if exactly one. */
    Optional<UserRef> byName(String conversationId, Plan plan, UserRef asking, String typed) {
        String name = typed == null ? "" : typed.strip().replaceFirst("^@", "").toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        List<UserRef> all = candidates(conversationId, plan, asking);
        List<UserRef> exact = all.stream().filter(p -> p.displayName().toLowerCase(Locale.ROOT).equals(name)).toList();
        if (exact.size() == 1) {
            return Optional.of(exact.get(0));
        }
        List<UserRef> first = all.stream()
                .filter(p -> p.displayName().toLowerCase(Locale.ROOT).split(" ")[0].equals(name)).toList();
        return first.size() == 1 ? Optional.of(first.get(0)) : Optional.empty();
    }
}
