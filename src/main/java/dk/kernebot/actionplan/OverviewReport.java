package dk.kernebot.actionplan;

import java.util.List;
import java.util.Locale;

import dk.kernebot.chat.Texts;
import dk.kernebot.institution.ChefInstitution;
import org.springframework.stereotype.Component;

/**
 * The chef's report: one document for all their institutions, ready to paste into the municipal kvalitetsrapport
 * (Markdown) or to hand on (PDF). Per institution: the handleplan's goals with their status, its way, and the
 * answers given at the quality conversation's evaluation.
 */
@Component
class OverviewReport {

    /** One institution in the report. */
    record Part(String institution, PlanExport plan, List<String> evaluation) {
    }

    private final ChefOverview overview;
    private final PlanExportAssembler assembler;
    private final EvaluationAnswers evaluations;
    private final Texts texts;
    private final java.time.Clock clock;

    OverviewReport(ChefOverview overview, PlanExportAssembler assembler, EvaluationAnswers evaluations, Texts texts,
                   java.time.Clock clock) {
        this.overview = overview;
        this.assembler = assembler;
        this.evaluations = evaluations;
        this.texts = texts;
        this.clock = clock;
    }

    /** Read when downloaded: the chef's institutions now, each with its plan (or none yet). */
    List<Part> parts(List<ChefInstitution> led, Locale locale) {
        return overview.entries(led).stream().map(e -> new Part(e.institution().name(),
                e.plan().map(p -> assembler.export(p, locale)).orElse(null),
                e.plan().map(evaluations::of).orElse(List.of()))).toList();
    }

    String markdown(List<Part> parts, Locale locale) {
        return OverviewMarkdown.render(parts, new ExportLabels(texts, locale, clock));
    }

    byte[] pdf(List<Part> parts, Locale locale) {
        return OverviewPdf.render(parts, new ExportLabels(texts, locale, clock));
    }
}
