package dk.kernebot.admin;

import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /admin/audit}: the newest administrative changes first. The admin key is checked by {@link AdminGuard}. */
@RestController
class AuditController {

    private final AdminAudit audit;

    AuditController(AdminAudit audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    ResponseEntity<?> list(@RequestParam(name = "limit", defaultValue = "200") int limit,
                           @RequestParam(name = "tenant", required = false) String tenant) {
        return ResponseEntity.ok(Map.of("entries", audit.recent(limit, tenant == null || tenant.isBlank() ? null : tenant)));
    }
}
