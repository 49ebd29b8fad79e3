package dk.kernebot.actionplan;

import static dk.kernebot.actionplan.ExportFixtures.PLAN;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import dk.kernebot.chat.Texts;
import org.junit.jupiter.api.Test;

class PlanExportsMarkdownTest {

    private final PlanExports exports = ExportFixtures.exports();
    private final String markdown = exports.markdown(PLAN, Texts.DANISH);

    @Test
    void showsThePlanEveryGoalAndEveryAction() {
        assertThat(markdown).startsWith("# Handleplan: Kvalitetssamtale 2027\n")
                .contains("**Institution:** Børnehuset Æblehaven")
                .contains("**Dato:** 20. januar 2027")
                .contains("*Status pr. 10. marts 2027*")
                .contains("## Mål 1: Alle børn får et stærkt sprog før skolestart\n")
                .contains("## Mål 2: Forældresamarbejdet styrkes\n")
                .contains("## Mål 3: Fælles sprog om kvalitet i personalegruppen\n")
                .contains("**Dagsordenspunkt:** Sprogvurderinger · **Kvalitet:** proceskvalitet · "
                        + "**Kapital:** social kapital")
                .contains("**Kvalitet:** strukturkvalitet · **Kapital:** beslutningskapital")
                .contains("| Handling | Ansvarlig | Frist | Status |")
                .contains("Ingen handlinger endnu.");
    }

    @Test
    void everyActionIsOneTableRowWithOwnerDueDateAndStatus() {
        assertThat(markdown.lines()).contains(
                "| Sprogvurdering af alle 3-årige | Søren Ærø | 1. marts 2027 | i gang, **frist overskredet** |",
                "| Læringsmiljø på legepladsen, observation |  | 15. juni 2027 | ikke startet |",
                "| Trivselsmåling blandt børnene | Mette | 10. marts 2027 | forsinket |",
                "| Forældremøde om overgange | Anne Øberg | 1. februar 2027 | færdig |",
                "| Udsat skolestart – ny procedure | Mette | 1. december 2026 | opgivet |",
                "| Bestyrelsen orienteres om handleplanen | Lederen |  | i gang |");
    }

    @Test
    void onlyOpenActionsPastTheirDeadlineAreOverdue() {
        assertThat(markdown.lines().filter(line -> line.contains("frist overskredet"))).hasSize(1)
                .allMatch(line -> line.contains("Sprogvurdering"));
    }

    @Test
    void everyStatusChangeIsInTheHistoryInLocalTime() {
        assertThat(markdown).contains("**Historik**")
                .contains("- Sprogvurdering af alle 3-årige\n"
                        + "  - 5\\. januar 2027 kl. 10.15: Anne Øberg satte status til ikke startet\n"
                        + "  - 2\\. februar 2027 kl. 14.40: Søren Ærø satte status til i gang: »Vi er i gang på "
                        + "stuerne; \"Bamse\" mangler«\n")
                .contains("- Forældremøde om overgange\n"
                        + "  - 3\\. februar 2027 kl. 08.00: Anne Øberg satte status til færdig: »Holdt 3/2«\n");
    }

    @Test
    void inEnglish() {
        String english = exports.markdown(PLAN, Locale.forLanguageTag("en-US"));
        assertThat(english).startsWith("# Action plan: Kvalitetssamtale 2027\n")
                .contains("## Goal 1: Alle børn får et stærkt sprog før skolestart")
                .contains("| 1 March 2027 | in progress, **overdue** |")
                .contains("**Quality:** process quality · **Capital:** social capital")
                .contains("  - 2 February 2027 at 14:40: Søren Ærø set the status to in progress: “Vi er");
    }

    @Test
    void userTextCannotOpenHeadingsEmphasisTablesListsOrHtml() {
        ActionExport hostile = new ActionExport("- a | b | c", "*Ulla* _Ø_", LocalDate.of(2027, 6, 1), "I_GANG",
                List.of(new StatusChange(Instant.parse("2027-03-01T10:00:00Z"), "[x](http://evil)", "I_GANG",
                        "<img src=x>\n# not a heading")));
        GoalExport goal = new GoalExport("# Alle | *børn* _skal_ <b>lege</b> & `kode`\n\n## Ny sektion",
                "1. prioritet", "PROCES", null, List.of(hostile));
        String document = exports.markdown(ExportFixtures.planWith(goal), Texts.DANISH);

        assertThat(document.lines()).contains("## Mål 1: \\# Alle \\| \\*børn\\* \\_skal\\_ \\<b\\>lege\\</b\\> \\& "
                        + "\\`kode\\` \\#\\# Ny sektion")
                .contains("**Dagsordenspunkt:** 1\\. prioritet · **Kvalitet:** proceskvalitet")
                .contains("| \\- a \\| b \\| c | \\*Ulla\\* \\_Ø\\_ | 1. juni 2027 | i gang |")
                .contains("- \\- a \\| b \\| c")
                .contains("  - 1\\. marts 2027 kl. 11.00: \\[x\\](http://evil) satte status til i gang: »\\<img src=x\\> "
                        + "\\# not a heading«");
        assertThat(document.lines().filter(line -> line.startsWith("#")))
                .containsExactly("# Handleplan: Test", "## Mål 1: \\# Alle \\| \\*børn\\* \\_skal\\_ \\<b\\>lege\\</b\\> "
                        + "\\& \\`kode\\` \\#\\# Ny sektion");
        assertThat(document.lines().filter(line -> line.startsWith("| ")))
                .allSatisfy(row -> assertThat(unescapedPipes(row)).as(row).isEqualTo(5));
    }

    @Test
    void aPlanWithoutGoalsSaysSo() {
        assertThat(exports.markdown(new PlanExport("Tom", null, null, List.of()), Texts.DANISH))
                .isEqualTo("# Handleplan: Tom\n\n*Status pr. 10. marts 2027*\n\nPlanen har ingen mål endnu.\n");
    }

    @Test
    void unknownCodesAreShownAsTheyAreRatherThanFailing() {
        GoalExport goal = new GoalExport("Mål", null, "ANDET", "proces", List.of(new ActionExport("Gør noget", null,
                LocalDate.of(2020, 1, 1), "PAUSE", List.of())));
        assertThat(exports.markdown(ExportFixtures.planWith(goal), Texts.DANISH))
                .contains("**Kvalitet:** ANDET · **Kapital:** proces")
                .contains("| Gør noget |  | 1. januar 2020 | PAUSE, **frist overskredet** |");
    }

    private static long unescapedPipes(String row) {
        long count = 0;
        for (int i = 0; i < row.length(); i++) {
            if (row.charAt(i) == '|' && (i == 0 || row.charAt(i - 1) != '\\')) {
                count++;
            }
        }
        return count;
    }
}
