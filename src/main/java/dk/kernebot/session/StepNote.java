package dk.kernebot.session;

/** A line on top of a step card about the click that drew it: what was wrong with it, or what it did. */
record StepNote(String text, boolean isError) {

    static final StepNote NONE = new StepNote("", false);

    static StepNote error(String text) {
        return new StepNote(text, true);
    }

    static StepNote info(String text) {
        return new StepNote(text, false);
    }

    boolean isEmpty() {
        return text.isEmpty();
    }
}
