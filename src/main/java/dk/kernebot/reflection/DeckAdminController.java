package dk.kernebot.reflection;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dk.kernebot.chat.Texts;
import dk.kernebot.admin.AdminAudit;
import dk.kernebot.admin.AdminSettings;
import dk.kernebot.admin.AdminTenants;
import dk.kernebot.admin.TenantOwned;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RestController;

/**
 * Deck administration for an institution: import (or replace) a deck file, list decks, retire one. Guarded by the
 * admin key ({@code X-Admin-Key}); problems in a file come back all at once, each naming the card and the field,
 * in Danish unless the request asks for English.
 */
@RestController
@RequestMapping("/admin/decks")
class DeckAdminController {

    static final int MAX_DECK_BYTES = 2 * 1024 * 1024;

    private final AdminSettings admin;
    private final DeckStore decks;
    private final Texts texts;
    private final AdminAudit audit;

    private final AdminTenants adminTenants;
    private final TenantOwned owned;

    DeckAdminController(AdminSettings admin, DeckStore decks, Texts texts, AdminAudit audit, AdminTenants adminTenants,
                        JdbcClient jdbc) {
        this.adminTenants = adminTenants;
        this.owned = new TenantOwned(jdbc, TenantOwned.Table.DECK);
        this.admin = admin;
        this.audit = audit;
        this.decks = decks;
        this.texts = texts;
    }

    @GetMapping
    ResponseEntity<?> list(@RequestHeader(name = "X-Admin-Key", required = false) String key) {
        if (!admin.accepts(key)) {
            return refused();
        }
        return ResponseEntity.ok(Map.of("decks", decks.list()));
    }

    @PutMapping(consumes = "*/*")
    ResponseEntity<?> importDeck(@RequestHeader(name = "X-Admin-Key", required = false) String key,
                                 @RequestHeader(name = "Accept-Language", required = false) String language,
                                 @RequestParam(name = "tenant", required = false) String tenantParam,
                                 HttpServletRequest request) throws IOException {
        if (!admin.accepts(key)) {
            return refused();
        }
        Locale locale = Texts.fromTag(language == null ? null : language.split(",")[0]);
        // Read one byte past the limit, never the whole of whatever was sent.
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MAX_DECK_BYTES + 1);
        }
        if (body.length == 0) {
            return problems(locale, List.of(DeckProblem.deck("(fil)", "not-json")));
        }
        if (body.length > MAX_DECK_BYTES) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(Map.of("error", "Deck file too large"));
        }
        String content = new String(body, java.nio.charset.StandardCharsets.UTF_8);
        try {
            Deck parsed = new DeckParser().parse(content);
            if (decks.summary(parsed.id()).map(DeckSummary::builtin).orElse(false)) {
                return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of(
                        "error", texts.get(locale, "decks.admin.builtin", parsed.id())));
            }
            boolean replaced = decks.summary(parsed.id()).isPresent();
            String tenant;
            try {
                tenant = adminTenants.forRequest(tenantParam);
            } catch (IllegalArgumentException e) {
                return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
            }
            var owner = owned.of(parsed.id());
            if (tenant != null && owner.isPresent() && !owner.get().equals(tenant)) {
                return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error",
                        "Deck " + parsed.id() + " belongs to another tenant"));
            }
            decks.save(parsed, content, false);
            if (tenant != null) {
                owned.claim(parsed.id(), tenant);
            }
            audit.record(AdminAudit.httpClient(request.getRemoteAddr()), replaced ? "deck.replace" : "deck.import",
                    "deck " + parsed.id(), tenant);
            return ResponseEntity.status(replaced ? HttpStatus.OK : HttpStatus.CREATED)
                    .body(Map.of("deck", decks.summary(parsed.id()).orElseThrow(), "replaced", replaced));
        } catch (DeckValidationException e) {
            return problems(locale, e.problems());
        }
    }

    @PostMapping("/{id}/retire")
    ResponseEntity<?> retire(@RequestHeader(name = "X-Admin-Key", required = false) String key,
                             @PathVariable String id, HttpServletRequest request) {
        if (!admin.accepts(key)) {
            return refused();
        }
        var summary = decks.summary(id);
        if (summary.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "No deck " + id));
        }
        if (summary.get().builtin()) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", "Built-in decks cannot be retired"));
        }
        decks.retire(id);
        audit.record(AdminAudit.httpClient(request.getRemoteAddr()), "deck.retire", "deck " + id);
        return ResponseEntity.ok(Map.of("deck", decks.summary(id).orElseThrow()));
    }

    private ResponseEntity<?> problems(Locale locale, List<DeckProblem> problems) {
        List<Map<String, Object>> listed = problems.stream().map(p -> Map.<String, Object>of(
                "where", p.where().name().toLowerCase(Locale.ROOT),
                "id", p.id() == null ? "" : p.id(),
                "field", p.field(),
                "code", p.code(),
                "message", message(locale, p))).toList();
        return ResponseEntity.badRequest().body(Map.of(
                "error", texts.get(locale, "decks.admin.invalid", problems.size()),
                "problems", listed));
    }

    private String message(Locale locale, DeckProblem problem) {
        String where = texts.get(locale, "deck.problem.where." + problem.where().name().toLowerCase(Locale.ROOT),
                problem.id());
        return texts.get(locale, "deck.problem.line", where, problem.field(),
                texts.get(locale, "deck.problem." + problem.code()));
    }

    /** Same answer for a wrong key and for no key configured, so the endpoint gives nothing away. */
    private static ResponseEntity<?> refused() {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("error", "Admin key missing or wrong"));
    }
}
