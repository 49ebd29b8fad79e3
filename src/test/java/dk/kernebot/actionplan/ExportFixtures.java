package dk.kernebot.actionplan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import dk.kernebot.chat.Texts;
import org.springframework.context.support.ResourceBundleMessageSource;

/** A plan with everything an export must show, the real message bundles, and a clock on 10 March 2027. */
final class ExportFixtures {

    static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    /** 10 March 2027, 10:00 in Copenhagen. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2027-03-10T09:00:00Z"), COPENHAGEN);

    static final ActionExport OVERDUE = new ActionExport("Sprogvurdering af alle 3-årige", "Søren Ærø",
            LocalDate.of(2027, 3, 1), "I_GANG", List.of(
                    new StatusChange(Instant.parse("2027-01-05T09:15:00Z"), "Anne Øberg", "IKKE_STARTET", null),
                    new StatusChange(Instant.parse("2027-02-02T13:40:00Z"), "Søren Ærø", "I_GANG",
                            "Vi er i gang på stuerne; \"Bamse\" mangler")));
    static final ActionExport DONE_LATE = new ActionExport("Forældremøde om overgange", "Anne Øberg",
            LocalDate.of(2027, 2, 1), "FAERDIG", List.of(
                    new StatusChange(Instant.parse("2027-02-03T07:00:00Z"), "Anne Øberg", "FAERDIG", "Holdt 3/2")));
    static final ActionExport FUTURE = new ActionExport("Læringsmiljø på legepladsen, observation", null,
            LocalDate.of(2027, 6, 15), "IKKE_STARTET", List.of());
    static final ActionExport DUE_TODAY = new ActionExport("Trivselsmåling blandt børnene", "Mette",
            LocalDate.of(2027, 3, 10), "FORSINKET", List.of());
    static final ActionExport ABANDONED = new ActionExport("Udsat skolestart – ny procedure", "Mette",
            LocalDate.of(2026, 12, 1), "OPGIVET", List.of());
    static final ActionExport NO_DUE = new ActionExport("Bestyrelsen orienteres om handleplanen", "Lederen", null,
            "I_GANG", List.of());

    static final GoalExport LANGUAGE = new GoalExport("Alle børn får et stærkt sprog før skolestart",
            "Sprogvurderinger", "PROCES", "SOCIAL", List.of(OVERDUE, FUTURE, DUE_TODAY));
    static final GoalExport PARENTS = new GoalExport("Forældresamarbejdet styrkes", "Forældresamarbejde",
            "STRUKTUR", "BESLUTNING", List.of(DONE_LATE, ABANDONED, NO_DUE));
    static final GoalExport BARE = new GoalExport("Fælles sprog om kvalitet i personalegruppen", null, null, null,
            List.of());

    static final PlanExport PLAN = new PlanExport("Kvalitetssamtale 2027", "Børnehuset Æblehaven",
            LocalDate.of(2027, 1, 20), List.of(LANGUAGE, PARENTS, BARE));

    static final List<ActionExport> ALL_ACTIONS = List.of(OVERDUE, FUTURE, DUE_TODAY, DONE_LATE, ABANDONED, NO_DUE);

    private ExportFixtures() {
    }

    static PlanExports exports() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(Texts.DANISH);
        messages.setAlwaysUseMessageFormat(true);
        return new PlanExports(new Texts(messages), CLOCK);
    }

    static PlanExport planWith(GoalExport... goals) {
        return new PlanExport("Test", null, LocalDate.of(2027, 1, 20), List.of(goals));
    }
}
