package dk.kernebot.actionplan;

import java.time.Clock;
import java.util.Locale;

import dk.kernebot.chat.Texts;
import org.springframework.stereotype.Component;

/**
 * A handleplan in the three forms the kvalitetsrapport takes it: Markdown to paste, CSV for the municipality's
 * spreadsheet, PDF for the bestyrelse. Overdue is judged against today per the clock, so the same plan exported
 * next week may show more overdue actions.
 */
@Component
public class PlanExports {

    private final Texts texts;
    private final Clock clock;

    public PlanExports(Texts texts, Clock clock) {
        this.texts = texts;
        this.clock = clock;
    }

    public String markdown(PlanExport plan, Locale locale) {
        return MarkdownExport.render(plan, labels(locale));
    }

    /** Starts with a UTF-8 byte order mark; ';' between fields in Danish, ',' in English. */
    public String csv(PlanExport plan, Locale locale) {
        return CsvExport.render(plan, labels(locale));
    }

    public byte[] pdf(PlanExport plan, Locale locale) {
        return PdfExport.render(plan, labels(locale));
    }

    private ExportLabels labels(Locale locale) {
        return new ExportLabels(texts, locale, clock);
    }
}
