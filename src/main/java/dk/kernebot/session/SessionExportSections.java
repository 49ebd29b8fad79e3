package dk.kernebot.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Optional;

import dk.kernebot.actionplan.ExportSection;
import dk.kernebot.actionplan.SessionSections;
import dk.kernebot.session.kind.StepContext;
import dk.kernebot.session.kind.StepTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The handleplan export asks here for what its sessions wrote to be published: each step type says its own. A
 * session whose sections cannot be built (a row this version cannot read, a fault in a step type) is left out with a
 * note in the export and logged: the plan, its goals and the other sessions' texts are still there to publish.
 */
@Component
class SessionExportSections implements SessionSections {

    private static final Logger log = LoggerFactory.getLogger(SessionExportSections.class);

    private final SessionStore sessions;
    private final ProcessCatalog catalog;
    private final StepContexts contexts;
    private final StepTypes types;
    private final SessionTexts texts;
    private final TransactionTemplate reading;

    SessionExportSections(SessionStore sessions, ProcessCatalog catalog, StepContexts contexts, StepTypes types,
                          SessionTexts texts, PlatformTransactionManager transactions) {
        this.sessions = sessions;
        this.catalog = catalog;
        this.contexts = contexts;
        this.types = types;
        this.texts = texts;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    @Override
    public List<ExportSection> of(List<String> sessionIds, Locale locale) {
        List<ExportSection> sections = new ArrayList<>();
        int skipped = 0;
        for (String id : sessionIds) {
            // One transaction each: on PostgreSQL a failed statement spoils the rest of its transaction.
            try {
                sections.addAll(reading.execute(status -> of(id, locale)));
            } catch (RuntimeException e) {
                skipped++;
                log.warn("The export of a handleplan leaves out the sections of session {}: they could not be built", id, e);
            }
        }
        if (skipped > 0) {
            sections.add(new ExportSection(texts.t(locale, "session.export.skipped.heading"),
                    texts.t(locale, "session.export.skipped.text", skipped)));
        }
        return sections;
    }

    private List<ExportSection> of(String id, Locale locale) {
        List<ExportSection> sections = new ArrayList<>();
        sessions.find(id).ifPresent(session -> catalog.find(session.processId()).ifPresent(process -> {
            StepContext first = contexts.at(session, 0, locale);
            for (int i = 0; i < process.steps().size(); i++) {
                StepContext at = first.at(i);
                types.of(at.step()).export(at).ifPresent(sections::add);
            }
        }));
        return sections;
    }

    /** A session that cannot be read leaves the export's heading plain (it is left out below it), not a 500. */
    @Override
    public Optional<String> title(String sessionId, Locale locale) {
        try {
            return reading.execute(status -> sessions.find(sessionId)
                    .flatMap(session -> catalog.find(session.processId())).map(process -> process.title().in(locale)));
        } catch (RuntimeException e) {
            log.warn("The export of a handleplan names no process for session {}: it could not be read", sessionId, e);
            return Optional.empty();
        }
    }
}
