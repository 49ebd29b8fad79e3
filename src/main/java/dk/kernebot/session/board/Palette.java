package dk.kernebot.session.board;

/**
 * Colours chosen for print: one calm blue-grey that deepens towards the centre, dark text everywhere, and a single
 * warm colour for what the group already does in practice, so it stands out on paper and in greyscale alike.
 */
final class Palette {

    static final String PAGE = "#FFFFFF";
    static final String TEXT = "#1F2933";
    static final String MUTED = "#52606D";
    static final String RING_LINE = "#8FA3B8";
    static final String RING_LABEL = "#2F4458";
    static final String CENTRE_FILL = "#FFFFFF";
    static final String CENTRE_LINE = "#2F4458";
    static final String BUBBLE_FILL = "#FFFFFF";
    static final String BUBBLE_LINE = "#5B6B7A";
    static final String PRACTICE_FILL = "#F8D57E";
    static final String PRACTICE_LINE = "#9C6B0E";
    static final String BADGE_FILL = "#2F3B47";
    static final String BADGE_TEXT = "#FFFFFF";

    private Palette() {
    }

    static String ring(BoardLevel level) {
        return switch (level) {
            case INTERNATIONAL -> "#F2F6FA";
            case NATIONAL -> "#E6EEF6";
            case KOMMUNAL -> "#D9E5F1";
            case INSTITUTION -> "#CCDCEB";
        };
    }
}
