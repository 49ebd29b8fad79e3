package dk.kernebot.outbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a claimed batch into lanes that may be sent side by side: one lane per conversation, its rows in due
 * order. A lane is sent by one thread, one row after the other, so a conversation's messages arrive in order and
 * its rate limit sees them one at a time, while other conversations' lanes run in parallel.
 */
final class ConversationLanes {

    private ConversationLanes() {
    }

    /**
     * The lane a row belongs to. Everything to one person shares a lane: the first of their rows may open the
     * personal chat that the others then go to, and two threads must not both open it.
     */
    static String key(OutboxRow row) {
        return row.toPerson() ? "person:" + row.userId() : "conversation:" + row.conversationId();
    }

    /** @param rows in due order; each lane keeps that order, lanes come in the order of their first row */
    static List<List<OutboxRow>> of(List<OutboxRow> rows) {
        Map<String, List<OutboxRow>> lanes = new LinkedHashMap<>();
        for (OutboxRow row : rows) {
            lanes.computeIfAbsent(key(row), k -> new ArrayList<>()).add(row);
        }
        return List.copyOf(lanes.values());
    }
}
