package dk.kernebot.actionplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import dk.kernebot.chat.Texts;

/**
 * The plan as one spreadsheet row per action (RFC 4180), for municipalities that gather the plans of all their
 * institutions in one sheet. Goal and plan columns repeat on every row so each row can be sorted and filtered alone.
 */
final class CsvExport {

    /** Excel guesses the encoding; the byte order mark makes it read UTF-8, so æøå survive. */
    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final String LINE_END = "\r\n";
    /** A spreadsheet runs a cell starting with one of these as a formula (=HYPERLINK(...) and worse). */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvExport() {
    }

    static String render(PlanExport plan, ExportLabels labels) {
        // Danish Excel uses the comma as decimal separator and therefore expects ';' between fields.
        char separator = labels.locale().equals(Texts.ENGLISH) ? ',' : ';';
        StringBuilder out = new StringBuilder(BYTE_ORDER_MARK);
        row(out, separator, header(labels));
        String path = plan.path().stream().map(labels::pathLine).collect(Collectors.joining("\n"));
        for (int i = 0; i < plan.goals().size(); i++) {
            GoalExport goal = plan.goals().get(i);
            // How the goal was agreed (who, when, in which words) and what happened to it since: on every row of it.
            String agreed = goal.history().stream().map(labels::goalLine).collect(Collectors.joining("\n"));
            List<String> goalCells = new ArrayList<>(List.of(plan.title(), ExportLabels.nullToEmpty(plan.institutionName()),
                    iso(plan.date()), String.valueOf(i + 1), goal.text(), ExportLabels.nullToEmpty(goal.agendaPoint()),
                    labels.qualityType(goal.qualityType()), labels.capital(goal.capital())));
            if (goal.actions().isEmpty()) {
                // Still one row, so a goal without actions is not lost from the sheet.
                goalCells.addAll(List.of("", "", "", "", "", "", path, agreed));
                row(out, separator, goalCells);
            }
            for (ActionExport action : goal.actions()) {
                List<String> cells = new ArrayList<>(goalCells);
                cells.add(action.text());
                cells.add(ExportLabels.nullToEmpty(action.ownerName()));
                cells.add(iso(action.due()));
                cells.add(labels.status(action.status()));
                cells.add(labels.overdue(action) ? labels.text("actionplan.export.yes") : "");
                cells.add(action.history().stream().map(labels::historyLine).collect(Collectors.joining("\n")));
                cells.add(path);
                cells.add(agreed);
                row(out, separator, cells);
            }
        }
        return out.toString();
    }

    private static List<String> header(ExportLabels labels) {
        return List.of("plan", "institution", "date", "goalNumber", "goalText", "agendaPoint", "qualityType",
                "capital", "action", "owner", "due", "status", "overdueColumn", "history", "path", "goalHistory").stream()
                .map(name -> labels.text("actionplan.export." + name)).toList();
    }

    private static void row(StringBuilder out, char separator, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(separator);
            }
            out.append(cell(cells.get(i), separator));
        }
        out.append(LINE_END);
    }

    static String cell(String value, char separator) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        boolean quote = text.indexOf(separator) >= 0 || text.indexOf(',') >= 0 || text.indexOf(';') >= 0
                || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0
                || !text.equals(text.strip());
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** ISO dates, which Danish and English Excel both read as dates and which sort. */
    private static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
