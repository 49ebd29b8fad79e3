package dk.kernebot.session.board;

/** Portrait ISO sizes in PDF points (1/72 inch); A2 is for hanging the board up in the staff room. */
public enum PaperSize {
    A3(841.89, 1190.55),
    A2(1190.55, 1683.78);

    private static final double MM_PER_POINT = 25.4 / 72;

    private final double width;
    private final double height;

    PaperSize(double width, double height) {
        this.width = width;
        this.height = height;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    double widthMm() {
        return Math.round(width * MM_PER_POINT);
    }

    double heightMm() {
        return Math.round(height * MM_PER_POINT);
    }
}
