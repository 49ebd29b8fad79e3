package dk.kernebot.actionplan;

/** Sizes that keep a plan readable on a card and in the export. */
final class Limits {

    static final int MAX_TEXT = 500;
    static final int MAX_COMMENT = 1000;
    static final int MAX_AGENDA_POINT = 200;
    static final int MAX_CADENCE_DAYS = 365;

    private Limits() {
    }

    static String clean(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }
}
