package dk.kernebot.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dk.kernebot.actionplan.ExportSection;
import dk.kernebot.actionplan.SessionSections;
import dk.kernebot.session.kind.StepContext;
import dk.kernebot.session.kind.StepTypes;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The handleplan export asks here for what its sessions wrote to be published: each step type says its own. */
@Component
class SessionExportSections implements SessionSections {

    private final SessionStore sessions;
    private final ProcessCatalog catalog;
    private final StepContexts contexts;
    private final StepTypes types;

    SessionExportSections(SessionStore sessions, ProcessCatalog catalog, StepContexts contexts, StepTypes types) {
        this.sessions = sessions;
        this.catalog = catalog;
        this.contexts = contexts;
        this.types = types;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ExportSection> of(List<String> sessionIds, Locale locale) {
        List<ExportSection> sections = new ArrayList<>();
        for (String id : sessionIds) {
            sessions.find(id).ifPresent(session -> catalog.find(session.processId()).ifPresent(process -> {
                StepContext first = contexts.at(session, 0, locale);
                for (int i = 0; i < process.steps().size(); i++) {
                    StepContext at = first.at(i);
                    types.of(at.step()).export(at).ifPresent(sections::add);
                }
            }));
        }
        return sections;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> title(String sessionId, Locale locale) {
        return sessions.find(sessionId).flatMap(session -> catalog.find(session.processId()))
                .map(process -> process.title().in(locale));
    }
}
