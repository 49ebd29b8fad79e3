package dk.kernebot.session;

import java.util.Locale;

import dk.kernebot.actionplan.AgendaPoints;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** An agenda point's name in the reader's language: the step of a process whose Danish title the goal kept. */
@Component
class AgendaPointNames implements AgendaPoints {

    /**
     * Looked up when a name is asked for, not at start: the catalog's step types reach the handleplan, whose cards
     * ask for agenda point names, so taking the catalog in the constructor would make a circle of beans.
     */
    private final ObjectProvider<ProcessCatalog> catalog;

    AgendaPointNames(ObjectProvider<ProcessCatalog> catalog) {
        this.catalog = catalog;
    }

    @Override
    public String name(String stored, Locale locale) {
        if (stored == null) {
            return null;
        }
        String wanted = stored.strip();
        return catalog.getObject().all().stream().flatMap(process -> process.steps().stream())
                .map(StepDefinition::title)
                .filter(title -> wanted.equals(title.da()) || wanted.equals(title.en()))
                .findFirst().map(title -> title.in(locale)).orElse(stored);
    }
}
