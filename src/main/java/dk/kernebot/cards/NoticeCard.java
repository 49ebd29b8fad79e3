package dk.kernebot.cards;

/** A short notice with one next step: what happened, what it means, and the one button to go on with. */
@CardTemplate("notice")
public record NoticeCard(String title, String text, String next, String actionLabel, String actionCommand)
        implements CardView {
}
