package dk.kernebot.questions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dk.kernebot.chat.UserRef;
import dk.kernebot.institution.Institutions;
import dk.kernebot.institution.LedScope;
import org.springframework.stereotype.Component;

/**
 * What waits for one leader, a page at a time, oldest first: questions from the chats they were made leader of in
 * the chat, and from those of the institutions whose file names them. The cost follows the page and the number of
 * chats led, not how many questions have ever been asked: one count and one page query, and each institution chat
 * with a waiting question checked once (a chat linked elsewhere on its own is not this leader's).
 */
@Component
class WaitingQuestions {

    /** Questions on one "mine spørgsmål" card. */
    static final int PAGE = 15;

    /** The questions shown, where they start in the whole list, and how many wait in all. */
    record Page(List<Question> questions, int offset, int total) {

        boolean hasMore() {
            return offset + questions.size() < total;
        }
    }

    private final QuestionStore store;
    private final Leaders leaders;
    private final Institutions institutions;

    WaitingQuestions(QuestionStore store, Leaders leaders, Institutions institutions) {
        this.store = store;
        this.leaders = leaders;
        this.institutions = institutions;
    }

    /** The page starting at {@code offset}; one past the end shows the last page. */
    Page page(UserRef user, int offset) {
        Set<String> led = new LinkedHashSet<>(leaders.conversationsLedInChat(user.id()));
        LedScope scope = institutions.ledBy(user.aadObjectId());
        if (!scope.isEmpty()) {
            for (String conversationId : store.conversationsWaitingIn(scope)) {
                if (!led.contains(conversationId) && leaders.asLeader(conversationId, user).isPresent()) {
                    led.add(conversationId);
                }
            }
        }
        List<String> me = keys(user);
        int total = store.countWaiting(led, me);
        int from = Math.max(0, Math.min(offset, (Math.max(total, 1) - 1) / PAGE * PAGE));
        return new Page(store.waiting(led, me, PAGE, from), from, total);
    }

    /** The keys a question can be assigned (forwarded) to this person by: Teams id, or Entra id as the file has it. */
    private static List<String> keys(UserRef user) {
        List<String> keys = new ArrayList<>();
        keys.add(user.id());
        if (user.aadObjectId() != null && !user.aadObjectId().isBlank()) {
            keys.add("aad:" + user.aadObjectId());
            keys.add("aad:" + user.aadObjectId().toLowerCase(Locale.ROOT));
        }
        return keys;
    }
}
