package dk.kernebot.actionplan;

import static dk.kernebot.actionplan.ExportFixtures.PLAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import dk.kernebot.chat.Texts;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

class PlanExportsPdfTest {

    private final PlanExports exports = ExportFixtures.exports();

    @Test
    void anA4DocumentWithEveryGoalActionOwnerDueDateStatusAndHistoryLine() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(exports.pdf(PLAN, Texts.DANISH))) {
            PDRectangle a4 = PDRectangle.A4;
            for (PDPage page : pdf.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isEqualTo(a4.getWidth());
                assertThat(page.getMediaBox().getHeight()).isEqualTo(a4.getHeight());
            }
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Handleplan: Kvalitetssamtale 2027");
            String text = text(pdf);
            assertThat(text).contains("Handleplan: Kvalitetssamtale 2027", "Institution: Børnehuset Æblehaven",
                    "Dato: 20. januar 2027", "Status pr. 10. marts 2027", "Side 1 af " + pdf.getNumberOfPages());
            for (GoalExport goal : PLAN.goals()) {
                assertThat(text).contains(goal.text());
            }
            assertThat(text).contains("Mål 1: Alle børn", "Dagsordenspunkt: Sprogvurderinger",
                    "Kvalitet: proceskvalitet", "Kapital: social kapital", "Kvalitet: strukturkvalitet",
                    "Kapital: beslutningskapital", "Ingen handlinger endnu.");
            for (ActionExport action : ExportFixtures.ALL_ACTIONS) {
                assertThat(text).contains("• " + action.text(), "Status: " + new String[] {
                        "ikke startet", "i gang", "forsinket", "færdig", "opgivet"}[List.of("IKKE_STARTET", "I_GANG",
                        "FORSINKET", "FAERDIG", "OPGIVET").indexOf(action.status())]);
            }
            assertThat(text).contains("Ansvarlig: Søren Ærø · Frist: 1. marts 2027 · Status: i gang",
                    "Ansvarlig: – · Frist: 15. juni 2027 · Status: ikke startet",
                    "Ansvarlig: Lederen · Frist: – · Status: i gang",
                    "5. januar 2027 kl. 10.15: Anne Øberg satte status til ikke startet",
                    "2. februar 2027 kl. 14.40: Søren Ærø satte status til i gang: »Vi er i gang på stuerne; "
                            + "\"Bamse\" mangler«",
                    "3. februar 2027 kl. 08.00: Anne Øberg satte status til færdig: »Holdt 3/2«");
        }
    }

    @Test
    void onlyTheOpenActionPastItsDeadlineIsMarkedOverdue() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(exports.pdf(PLAN, Texts.DANISH))) {
            String text = text(pdf);
            assertThat(text.split("Frist overskredet", -1)).hasSize(2);
            assertThat(text).containsSubsequence("Sprogvurdering af alle 3-årige", "Frist overskredet",
                    "Læringsmiljø på legepladsen");
        }
    }

    @Test
    void englishHeadings() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(exports.pdf(PLAN, Locale.ENGLISH))) {
            assertThat(text(pdf)).contains("Action plan: Kvalitetssamtale 2027", "Goal 1: Alle børn",
                    "Owner: Søren Ærø · Due: 1 March 2027 · Status: in progress", "Overdue", "Page 1 of");
        }
    }

    @Test
    void eightyActionsRunOverSeveralNumberedPagesAndNoneIsLost() throws IOException {
        List<ActionExport> actions = IntStream.rangeClosed(1, 80).mapToObj(i -> new ActionExport(
                "Handling nummer " + i + " om læringsmiljøet", "Medarbejder " + i, LocalDate.of(2027, 9, 1),
                "I_GANG", List.of())).toList();
        PlanExport plan = ExportFixtures.planWith(new GoalExport("Mange handlinger", null, null, null, actions));
        try (PDDocument pdf = Loader.loadPDF(exports.pdf(plan, Texts.DANISH))) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            String text = text(pdf);
            for (int i = 1; i <= 80; i++) {
                assertThat(text).contains("• Handling nummer " + i + " om læringsmiljøet", "Medarbejder " + i + " ");
            }
            for (int page = 1; page <= pages; page++) {
                assertThat(text).contains("Side " + page + " af " + pages);
            }
            assertThat(textBox(pdf).bottom).as("nothing below the bottom margin but the footer").isGreaterThan(0);
        }
    }

    @Test
    void longTextIsWrappedInsideTheMargins() throws IOException {
        String longGoal = "Vi vil styrke børnenes sproglige udvikling gennem hele dagen, ".repeat(12).strip();
        String unbroken = "Langtord".repeat(40);
        PlanExport plan = ExportFixtures.planWith(new GoalExport(longGoal, null, null, null,
                List.of(new ActionExport(unbroken, null, null, "I_GANG", List.of()))));
        try (PDDocument pdf = Loader.loadPDF(exports.pdf(plan, Texts.DANISH))) {
            String text = text(pdf);
            assertThat(text).contains("Mål 1: " + longGoal);
            assertThat(text.replace(" ", "")).contains(unbroken);
            Box box = textBox(pdf);
            assertThat(box.left).isGreaterThanOrEqualTo(PdfPages.MARGIN - 0.5f);
            assertThat(box.right).isLessThanOrEqualTo(PDRectangle.A4.getWidth() - PdfPages.MARGIN + 0.5f);
            assertThat(box.lines).isGreaterThan(10);
        }
    }

    @Test
    void charactersHelveticaCannotWriteBecomeQuestionMarksInsteadOfFailing() throws IOException {
        GoalExport goal = new GoalExport("Trivsel 🙂 for alle børn – 中文 ≠ ok, Œuvre € “citat” é",
                "Linje\u00ADdeling\u200B og\ttab\nny linje\u00A0nbsp", "PROCES", null,
                List.of(new ActionExport("Kontrol\u0007tegn og \uD83D\uDE00", "Ž\u0301", null, null, List.of())));
        byte[] bytes = exports.pdf(ExportFixtures.planWith(goal), Texts.DANISH);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = text(pdf);
            assertThat(text).contains("Trivsel ? for alle børn – ?? ? ok, Œuvre € “citat” é",
                    "Dagsordenspunkt: Linjedeling og tab ny linje nbsp", "• Kontrol?tegn og ?", "Ansvarlig: Ž?");
        }
        assertThatCode(() -> exports.pdf(new PlanExport(null, null, null, null), Texts.DANISH))
                .doesNotThrowAnyException();
    }

    private static String text(PDDocument pdf) throws IOException {
        // Wrapped lines come back as separate lines; joining them lets a test look for a whole sentence.
        return new PDFTextStripper().getText(pdf).replaceAll("\\s*\\R\\s*", " ");
    }

    /** Where the text sits, excluding the footer (whose baseline is half a margin up). */
    private static Box textBox(PDDocument pdf) throws IOException {
        Box box = new Box();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String line, List<TextPosition> positions) {
                TextPosition first = positions.get(0);
                TextPosition last = positions.get(positions.size() - 1);
                float baselineFromBottom = first.getPageHeight() - first.getYDirAdj();
                if (baselineFromBottom < PdfPages.MARGIN * 0.75f) {
                    return;
                }
                box.lines++;
                box.left = Math.min(box.left, first.getXDirAdj());
                box.right = Math.max(box.right, last.getXDirAdj() + last.getWidthDirAdj());
                box.bottom = Math.min(box.bottom, baselineFromBottom - PdfPages.MARGIN + 0.5f);
            }
        };
        stripper.getText(pdf);
        return box;
    }

    private static final class Box {
        float left = Float.MAX_VALUE;
        float right;
        float bottom = Float.MAX_VALUE;
        int lines;
    }
}
