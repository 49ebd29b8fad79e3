package dk.kernebot.privacy;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One person as Kernebot knows them: the Entra object id an administrator asks about, the Teams user ids stored with
 * it, the display names stored with those ids, the conversations any of them appears in, and the person's own 1:1
 * chats with the bot. Filled in by every {@link PersonalTables} in turn.
 */
final class Person {

    private final String asked;
    private final Set<String> aadIds = new LinkedHashSet<>();
    private final Set<String> userIds = new LinkedHashSet<>();
    private final Set<String> names = new LinkedHashSet<>();
    private final Set<String> conversations = new LinkedHashSet<>();
    private final Set<String> personalChats = new LinkedHashSet<>();

    Person(String asked) {
        this.asked = asked;
        aadIds.add(asked);
    }

    /** What the administrator (or the person, in "mine data") asked about: an Entra object id or a Teams user id. */
    String asked() {
        return asked;
    }

    /** The Entra id as each table stores it (letter case may differ from the one asked for). */
    Set<String> aadIds() {
        return aadIds;
    }

    Set<String> userIds() {
        return userIds;
    }

    Set<String> names() {
        return names;
    }

    Set<String> conversations() {
        return conversations;
    }

    Set<String> personalChats() {
        return personalChats;
    }

    /** Every id that names the person: Entra ids, Teams ids and the ids of their 1:1 chats. */
    Set<String> ids() {
        Set<String> all = new LinkedHashSet<>(aadIds);
        all.addAll(userIds);
        all.addAll(personalChats);
        return all;
    }

    /**
     * Parameters for the {@link PersonalTables}' SQL: {@code ids} (Teams user ids), {@code aad} (Entra ids, lower
     * case), {@code aadKeys} (an institution leader's key, "aad:" + Entra id), {@code names}, {@code conversations},
     * {@code chats} (their 1:1 chats). None is ever empty.
     */
    Map<String, Object> params() {
        Map<String, Object> p = new HashMap<>();
        Set<String> ids = new LinkedHashSet<>(userIds);
        ids.add(asked);
        p.put("ids", ids);
        Set<String> aad = new LinkedHashSet<>();
        aadIds.forEach(a -> aad.add(a.toLowerCase(Locale.ROOT)));
        p.put("aad", aad);
        p.put("aadKeys", aadIds.stream().map(a -> "aad:" + a).toList());
        p.put("names", Rows.in(names));
        p.put("conversations", Rows.in(conversations));
        p.put("chats", Rows.in(personalChats));
        p.put("asked", asked);
        return p;
    }

    boolean isKnown() {
        return !userIds.isEmpty() || !names.isEmpty() || !conversations.isEmpty();
    }

    void addName(String name) {
        if (name != null && !name.isBlank()) {
            names.add(name);
        }
    }

    void addUserId(String id) {
        if (id != null && !id.isBlank()) {
            userIds.add(id);
        }
    }

    void addAadId(String id) {
        if (id != null && !id.isBlank()) {
            aadIds.add(id);
        }
    }

    void addConversation(String id) {
        if (id != null && !id.isBlank()) {
            conversations.add(id);
        }
    }

    void addPersonalChat(String id) {
        if (id != null && !id.isBlank()) {
            personalChats.add(id);
        }
    }
}
