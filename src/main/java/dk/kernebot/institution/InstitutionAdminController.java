package dk.kernebot.institution;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dk.kernebot.admin.AdminAudit;
import dk.kernebot.admin.AdminSettings;
import dk.kernebot.admin.AdminTenants;
import dk.kernebot.chat.Texts;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Institution administration over HTTP, guarded by the admin key ({@code X-Admin-Key}) like the deck API: put a
 * file (created or replaced), list, fetch one in file format, delete. Problems in a file come back all at once,
 * each naming its field, in Danish unless the request asks for English.
 */
@RestController
@RequestMapping("/admin/institutions")
class InstitutionAdminController {

    private static final String KEY = "X-Admin-Key";
    private static final String LANGUAGE = "Accept-Language";

    private final AdminSettings admin;
    private final InstitutionStore store;
    private final InstitutionAdminTexts texts;
    private final InstitutionParser parser = new InstitutionParser();
    private final AdminAudit audit;

    private final AdminTenants adminTenants;
    private final InstitutionTenants tenants;

    InstitutionAdminController(AdminSettings admin, InstitutionStore store, InstitutionAdminTexts texts,
                               AdminAudit audit, AdminTenants adminTenants, InstitutionTenants tenants) {
        this.adminTenants = adminTenants;
        this.tenants = tenants;
        this.admin = admin;
        this.audit = audit;
        this.store = store;
        this.texts = texts;
    }

    @GetMapping
    ResponseEntity<?> list(@RequestHeader(name = KEY, required = false) String key) {
        if (!admin.accepts(key)) {
            return refused();
        }
        return ResponseEntity.ok(Map.of("institutions", store.list()));
    }

    @GetMapping("/{id}")
    ResponseEntity<?> get(@RequestHeader(name = KEY, required = false) String key,
                          @RequestHeader(name = LANGUAGE, required = false) String language,
                          @PathVariable String id) {
        if (!admin.accepts(key)) {
            return refused();
        }
        return store.file(id).<ResponseEntity<?>>map(file -> ResponseEntity.ok(InstitutionDocument.of(file)))
                .orElseGet(() -> notFound(language, id));
    }

    @PutMapping(consumes = "*/*")
    ResponseEntity<?> put(@RequestHeader(name = KEY, required = false) String key,
                          @RequestHeader(name = LANGUAGE, required = false) String language,
                          @RequestParam(name = "tenant", required = false) String tenantParam,
                          HttpServletRequest request) throws IOException {
        if (!admin.accepts(key)) {
            return refused();
        }
        Locale locale = InstitutionAdminTexts.locale(language);
        // Read one byte past the limit, never the whole of whatever was sent.
        byte[] content;
        try (InputStream body = request.getInputStream()) {
            content = body.readNBytes(InstitutionParser.MAX_FILE_BYTES + 1);
        }
        if (content.length > InstitutionParser.MAX_FILE_BYTES) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(Map.of("error",
                    texts.tooLarge(locale, InstitutionParser.MAX_FILE_BYTES / 1024)));
        }
        InstitutionFile file;
        try {
            file = parser.parse(content);
        } catch (InstitutionValidationException e) {
            return ResponseEntity.badRequest().body(Map.of(
                    "error", texts.invalid(locale, e.problems().size()),
                    "problems", e.problems().stream().map(p -> texts.problem(locale, p)).toList()));
        }
        String id = file.profile().id();
        String tenant;
        try {
            tenant = adminTenants.forRequest(tenantParam);
        } catch (IllegalArgumentException e) {
            return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
        }
        Optional<String> owner = tenants.of(id);
        if (tenant != null && owner.isPresent() && !owner.get().equals(tenant)) {
            // One tenant's institution is never replaced from another tenant's side.
            return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error",
                    "Institution " + id + " belongs to another tenant"));
        }
        InstitutionStore.Saved saved = store.save(file);
        if (tenant != null) {
            tenants.claim(id, tenant);
        }
        audit.record(AdminAudit.httpClient(request.getRemoteAddr()),
                saved.created() ? "institution.create" : "institution.replace", "institution " + id, tenant);
        List<Relink> relinks = saved.relinks();
        return ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK).body(Map.of(
                "institution", store.list().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow(),
                "replaced", !saved.created(),
                "moved", relinks.stream().filter(r -> r.to() != null).map(r -> texts.relink(locale, r)).toList(),
                "released", relinks.stream().filter(r -> r.to() == null).map(r -> texts.relink(locale, r)).toList()));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<?> delete(@RequestHeader(name = KEY, required = false) String key,
                             @RequestHeader(name = LANGUAGE, required = false) String language,
                             @PathVariable String id, HttpServletRequest request) {
        if (!admin.accepts(key)) {
            return refused();
        }
        return store.delete(id).<ResponseEntity<?>>map(deleted -> {
                    audit.record(AdminAudit.httpClient(request.getRemoteAddr()), "institution.delete", "institution " + id);
                    return ResponseEntity.ok(Map.of("deleted", deleted));
                })
                .orElseGet(() -> notFound(language, id));
    }

    private ResponseEntity<?> notFound(String language, String id) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(Map.of("error", texts.notFound(InstitutionAdminTexts.locale(language), id)));
    }

    /** Same answer for a wrong key and for no key configured, so the endpoint gives nothing away. */
    private static ResponseEntity<?> refused() {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("error", "Admin key missing or wrong"));
    }
}
