package dk.kernebot.actionplan;

import static dk.kernebot.actionplan.ExportFixtures.PLAN;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import dk.kernebot.chat.Texts;
import org.junit.jupiter.api.Test;

class PlanExportsCsvTest {

    private static final List<String> DANISH_HEADER = List.of("Handleplan", "Institution", "Dato", "Mål nr.", "Mål",
            "Dagsordenspunkt", "Kvalitet", "Kapital", "Handling", "Ansvarlig", "Frist", "Status", "Frist overskredet",
            "Historik", "Handleplanens vej", "Målets historik");

    private final PlanExports exports = ExportFixtures.exports();

    @Test
    void startsWithAByteOrderMarkSoDanishExcelReadsUtf8() {
        String csv = exports.csv(PLAN, Texts.DANISH);
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(csv.charAt(1)).isEqualTo('H');
    }

    @Test
    void oneRowPerActionWithTheGoalRepeatedAndOneForAGoalWithoutActions() {
        List<List<String>> rows = read(exports.csv(PLAN, Texts.DANISH), ';');
        assertThat(rows.get(0)).containsExactlyElementsOf(DANISH_HEADER);
        assertThat(rows).hasSize(1 + ExportFixtures.ALL_ACTIONS.size() + 1).allSatisfy(row -> assertThat(row).hasSize(16));
        assertThat(rows.subList(1, rows.size())).extracting(row -> row.get(8)).containsExactly(
                "Sprogvurdering af alle 3-årige", "Læringsmiljø på legepladsen, observation",
                "Trivselsmåling blandt børnene", "Forældremøde om overgange", "Udsat skolestart – ny procedure",
                "Bestyrelsen orienteres om handleplanen", "");
        assertThat(rows.get(1)).containsExactly("Kvalitetssamtale 2027", "Børnehuset Æblehaven", "2027-01-20", "1",
                "Alle børn får et stærkt sprog før skolestart", "Sprogvurderinger", "proceskvalitet", "social kapital",
                "Sprogvurdering af alle 3-årige", "Søren Ærø", "2027-03-01", "i gang", "ja",
                "5. januar 2027 kl. 10.15: Anne Øberg satte status til ikke startet\n"
                        + "2. februar 2027 kl. 14.40: Søren Ærø satte status til i gang: »Vi er i gang på stuerne; "
                        + "\"Bamse\" mangler«", "", "");
        assertThat(rows.get(2).subList(0, 8)).isEqualTo(rows.get(1).subList(0, 8));
        assertThat(rows.get(4)).containsSubsequence("2", "Forældresamarbejdet styrkes", "Forældresamarbejde",
                "strukturkvalitet", "beslutningskapital", "Forældremøde om overgange", "Anne Øberg", "2027-02-01",
                "færdig", "");
        assertThat(rows.get(7)).containsExactly("Kvalitetssamtale 2027", "Børnehuset Æblehaven", "2027-01-20", "3",
                "Fælles sprog om kvalitet i personalegruppen", "", "", "", "", "", "", "", "", "", "", "");
    }

    @Test
    void onlyOpenActionsPastTheirDeadlineAreMarkedOverdue() {
        List<List<String>> rows = read(exports.csv(PLAN, Texts.DANISH), ';');
        assertThat(rows.subList(1, rows.size())).filteredOn(row -> row.get(12).equals("ja")).extracting(row -> row.get(8))
                .containsExactly("Sprogvurdering af alle 3-årige");
        assertThat(rows.get(6)).as("no due date").containsSequence("Lederen", "", "i gang", "");
    }

    @Test
    void englishUsesCommasAndEnglishLabels() {
        String csv = exports.csv(PLAN, Locale.ENGLISH);
        List<List<String>> rows = read(csv, ',');
        assertThat(rows.get(0)).containsExactly("Action plan", "Institution", "Date", "Goal no.", "Goal",
                "Agenda item", "Quality", "Capital", "Action", "Owner", "Due", "Status", "Overdue", "History",
                "The action plan's path", "The goal's history");
        assertThat(rows.get(1)).containsSequence("process quality", "social capital").contains("in progress", "yes");
        assertThat(rows.get(2).get(8)).isEqualTo("Læringsmiljø på legepladsen, observation");
        assertThat(csv).contains("\"Læringsmiljø på legepladsen, observation\"");
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasGetALeadingApostrophe() {
        ActionExport action = new ActionExport("=HYPERLINK(\"http://evil\";\"klik\")", "@Ulla",
                LocalDate.of(2027, 6, 1), "I_GANG", List.of());
        GoalExport goal = new GoalExport("+45 12 34 56 78", "-2+3", null, null, List.of(action,
                new ActionExport("\tcmd", "Almindelig = tekst", null, null, List.of())));
        for (Locale locale : List.of(Texts.DANISH, Locale.ENGLISH)) {
            List<List<String>> rows = read(exports.csv(ExportFixtures.planWith(goal), locale),
                    locale.equals(Texts.DANISH) ? ';' : ',');
            assertThat(rows.get(1)).contains("'+45 12 34 56 78", "'-2+3", "'=HYPERLINK(\"http://evil\";\"klik\")",
                    "'@Ulla");
            assertThat(rows.get(2)).contains("'\tcmd", "Almindelig = tekst");
            assertThat(rows.stream().flatMap(List::stream)).noneMatch(cell -> !cell.isEmpty()
                    && "=+-@\t".indexOf(cell.charAt(0)) >= 0);
        }
    }

    @Test
    void separatorsQuotesAndLineBreaksInUserTextSurviveTheRoundTrip() {
        String tricky = "Første linje; med \"citat\", komma\r\nanden linje\nog æøå ÆØÅ";
        GoalExport goal = new GoalExport(tricky, null, null, null,
                List.of(new ActionExport(" mellemrum ", tricky, null, "I_GANG", List.of())));
        for (Locale locale : List.of(Texts.DANISH, Locale.ENGLISH)) {
            List<List<String>> rows = read(exports.csv(ExportFixtures.planWith(goal), locale),
                    locale.equals(Texts.DANISH) ? ';' : ',');
            assertThat(rows).hasSize(2);
            assertThat(rows.get(1).get(4)).isEqualTo(tricky);
            assertThat(rows.get(1).get(8)).isEqualTo(" mellemrum ");
            assertThat(rows.get(1).get(9)).isEqualTo(tricky);
        }
    }

    @Test
    void eachGoalsAgreementIsOnEveryRowOfIt() {
        long at = java.time.ZonedDateTime.of(2027, 1, 20, 10, 0, 0, 0, ExportFixtures.COPENHAGEN).toInstant().toEpochMilli();
        GoalExport goal = new GoalExport("Alle børn hører højtlæsning hver dag i små grupper", "Sprogvurderinger", null,
                null, List.of(new ActionExport("Læs højt efter frokost", "Mette", null, "I_GANG", List.of()),
                        new ActionExport("Køb bøger", "Bo", null, "IKKE_STARTET", List.of())),
                List.of(new GoalChange(GoalChange.REWORDED, "Agnete (Dagtilbudschef) og Birthe (Dagtilbudsleder)",
                        "Alle børn hører højtlæsning hver dag", "Alle børn hører højtlæsning hver dag i små grupper",
                        null, at)), false);
        List<List<String>> rows = read(exports.csv(ExportFixtures.planWith(goal), Texts.DANISH), ';');
        assertThat(rows).hasSize(3);
        assertThat(rows.subList(1, 3)).extracting(row -> row.get(15)).allSatisfy(cell -> assertThat(cell)
                .contains("aftalt i ny formulering af Agnete (Dagtilbudschef) og Birthe (Dagtilbudsleder)",
                        "foreslået som »Alle børn hører højtlæsning hver dag«"));
        // A goal without actions keeps its agreement too.
        GoalExport bare = new GoalExport("Vi måler trivsel", null, null, null, List.of(),
                List.of(new GoalChange(GoalChange.AGREED, "Agnete (Dagtilbudschef) og Birthe (Dagtilbudsleder)", null,
                        "Vi måler trivsel", null, at)), false);
        assertThat(read(exports.csv(ExportFixtures.planWith(bare), Texts.DANISH), ';').get(1).get(15))
                .contains("aftalt af Agnete (Dagtilbudschef) og Birthe (Dagtilbudsleder)");
    }

    @Test
    void aPlanWithoutGoalsIsJustTheHeader() {
        List<List<String>> rows = read(exports.csv(new PlanExport("Tom", null, null, null), Texts.DANISH), ';');
        assertThat(rows).containsExactly(DANISH_HEADER);
    }

    private static List<List<String>> read(String csv, char separator) {
        assertThat(csv).startsWith("\uFEFF");
        return Rfc4180.read(csv.substring(1), separator);
    }
}
