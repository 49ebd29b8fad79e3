package dk.kernebot.privacy;

import java.util.Map;

import dk.kernebot.admin.AdminAudit;
import dk.kernebot.admin.AdminSettings;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person's rights and a conversation's deletion, for administrators with the admin key ({@code X-Admin-Key}), as
 * the other admin endpoints: {@code GET /admin/people/{id}} returns everything stored about a person (right of
 * access), {@code DELETE /admin/people/{id}} erases them, {@code DELETE /admin/conversations/{id}} deletes a
 * conversation's data at once, {@code GET /admin/conversations/removed} lists the conversations waiting for deletion.
 * {@code id} is the person's Entra object id (a Teams user id works too). Each call is written to the audit trail ({@code GET /admin/audit}).
 */
@RestController
class PeopleAdminController {

    private static final String KEY = "X-Admin-Key";
    private static final int MAX_ID = 512;
    private final AdminSettings admin;
    private final PersonalData people;
    private final ConversationPurge purge;
    private final ConversationRemovals removals;
    private final JdbcClient jdbc;
    private final AdminAudit audit;

    PeopleAdminController(AdminSettings admin, PersonalData people, ConversationPurge purge, ConversationRemovals removals,
                          JdbcClient jdbc, AdminAudit audit) {
        this.audit = audit;
        this.admin = admin;
        this.people = people;
        this.purge = purge;
        this.removals = removals;
        this.jdbc = jdbc;
    }

    @GetMapping("/admin/people/{id}")
    ResponseEntity<?> export(@RequestHeader(name = KEY, required = false) String key, @PathVariable String id,
                             HttpServletRequest request) {
        if (!admin.accepts(key)) {
            return refused();
        }
        if (id.isBlank() || id.length() > MAX_ID) {
            return ResponseEntity.badRequest().body(Map.of("error", "The id must be 1 to " + MAX_ID + " characters"));
        }
        // Only a person found is audited: asking for an erased id must not write that id down again.
        return people.export(id).<ResponseEntity<?>>map(document -> {
                    audit.record(AdminAudit.httpClient(request.getRemoteAddr()), "person.export", "person " + id);
                    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(document);
                })
                .orElseGet(PeopleAdminController::unknownPerson);
    }

    @DeleteMapping("/admin/people/{id}")
    ResponseEntity<?> erase(@RequestHeader(name = KEY, required = false) String key, @PathVariable String id,
                            HttpServletRequest request) {
        if (!admin.accepts(key)) {
            return refused();
        }
        if (id.isBlank() || id.length() > MAX_ID) {
            return ResponseEntity.badRequest().body(Map.of("error", "The id must be 1 to " + MAX_ID + " characters"));
        }
        return people.erase(id).<ResponseEntity<?>>map(erasure -> {
            // The erased id must not live on here either: the audit names the placeholder that replaced it.
            audit.record(AdminAudit.httpClient(request.getRemoteAddr()), "person.erase",
                    "person now " + erasure.placeholderId());
            return ResponseEntity.ok(Map.of(
                    "erased", true,
                    "placeholderId", erasure.placeholderId(),
                    "sharedConversations", erasure.conversations(),
                    "personalChatsDeleted", erasure.personalChatsDeleted()));
        }).orElseGet(PeopleAdminController::unknownPerson);
    }

    @DeleteMapping("/admin/conversations/{id}")
    ResponseEntity<?> deleteConversation(@RequestHeader(name = KEY, required = false) String key,
                                         @PathVariable String id, HttpServletRequest request) {
        if (!admin.accepts(key)) {
            return refused();
        }
        boolean known = id.length() <= MAX_ID && jdbc.sql("SELECT count(*) FROM conversation WHERE id = :c")
                .param("c", id).query(Integer.class).single() > 0;
        if (!known) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "No such conversation"));
        }
        audit.record(AdminAudit.httpClient(request.getRemoteAddr()), "conversation.delete", "conversation " + id);
        purge.purge(id);
        return ResponseEntity.ok(Map.of("deleted", id));
    }

    @GetMapping("/admin/conversations/removed")
    ResponseEntity<?> removed(@RequestHeader(name = KEY, required = false) String key) {
        if (!admin.accepts(key)) {
            return refused();
        }
        return ResponseEntity.ok(Map.of("removed", removals.pending()));
    }

    private static ResponseEntity<?> unknownPerson() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "Kernebot has nothing stored about that id"));
    }

    /** Same answer for a wrong key and for no key configured, so the endpoint gives nothing away. */
    private static ResponseEntity<?> refused() {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("error", "Admin key missing or wrong"));
    }
}
