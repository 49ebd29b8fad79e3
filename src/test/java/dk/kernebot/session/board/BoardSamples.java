package dk.kernebot.session.board;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/** Boards and labels for the tests, with the real message bundles so the Danish wording is what users see. */
final class BoardSamples {

    static final String KERNEOPGAVE = "Vi skaber trygge og nærværende fællesskaber, hvor alle børn oplever glæde, "
            + "leg og læring, og hvor forældrene er vores vigtigste samarbejdspartnere i børnenes trivsel.";

    private BoardSamples() {
    }

    /** Reads the bundle the way Spring's message source does: UTF-8, every text through MessageFormat. */
    static BoardLabels labels(String language) {
        Properties texts = new Properties();
        String name = "messages_" + language + ".properties";
        try (InputStream in = BoardSamples.class.getClassLoader().getResourceAsStream(name)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Locale locale = Locale.forLanguageTag(language);
        return BoardLabels.of(key -> new MessageFormat(texts.getProperty(key), locale).format(new Object[0]));
    }

    static Board aalborg() {
        List<BoardBubble> bubbles = List.of(
                new BoardBubble("Børnekonventionen", BoardLevel.INTERNATIONAL, 2, false),
                new BoardBubble("FN's verdensmål for bæredygtig udvikling", BoardLevel.INTERNATIONAL, null, false),
                new BoardBubble("Den styrkede pædagogiske læreplan", BoardLevel.NATIONAL, 1, true),
                new BoardBubble("Dagtilbudsloven", BoardLevel.NATIONAL, null, true),
                new BoardBubble("Minimumsnormeringer", BoardLevel.NATIONAL, null, false),
                new BoardBubble("Sprogvurdering af 3-årige", BoardLevel.KOMMUNAL, 3, true),
                new BoardBubble("Aalborg Kommunes værdisæt", BoardLevel.KOMMUNAL, 4, false),
                new BoardBubble("Sammenhængende overgange til skole", BoardLevel.KOMMUNAL, null, false),
                new BoardBubble("Inklusion og fællesskaber", BoardLevel.KOMMUNAL, null, true),
                new BoardBubble("Udeliv hver dag", BoardLevel.INSTITUTION, 5, true),
                new BoardBubble("Forældresamarbejde", BoardLevel.INSTITUTION, 6, false),
                new BoardBubble("Ro ved måltidet", BoardLevel.INSTITUTION, null, true),
                new BoardBubble("Legegrupper på tværs af stuerne", BoardLevel.INSTITUTION, null, false),
                new BoardBubble("Kvalitetsudviklingsmodellen", BoardLevel.INSTITUTION, null, false));
        return new Board("Pladen – kvalitetsudvikling", "Børnehuset Solsikken", KERNEOPGAVE,
                LocalDate.of(2026, 11, 23), bubbles);
    }

    /** What staff write on bobler: long compounds, æøå, short and long. */
    static final List<String> BOBLE_TEXTS = List.of(
            "Forældresamarbejdsmøderne", "Udeliv hver dag", "Den styrkede pædagogiske læreplan", "Børnekonventionen",
            "Sprogvurdering af 3-årige", "Ro ved måltidet", "Minimumsnormeringer", "Aalborg Kommunes værdisæt",
            "Legegrupper på tværs af stuerne", "FN's verdensmål for bæredygtig udvikling",
            "Sammenhængende overgange til skole", "Kvalitetsudviklingsmodellen", "Inklusion og fællesskaber",
            "Dagtilbudsloven", "Søskendegrupper", "Børnemiljøvurdering", "Overgangssamtaler med skolen",
            "Bevægelse og motorik", "Æblehavens høstfest", "Førstehjælpskursus", "Naturfagligt læringsmiljø",
            "Tidlig opsporing", "Hygiejneretningslinjer", "Digital dannelse", "Forældrebestyrelsens årshjul");

    /**
     * {@code count} bobler with {@link #BOBLE_TEXTS}, put on the rings of {@code levels} in turn; every other one
     * ranked, every third in practice.
     */
    static Board spread(int count, BoardLevel... levels) {
        List<BoardBubble> bubbles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            bubbles.add(new BoardBubble(BOBLE_TEXTS.get(i % BOBLE_TEXTS.size()), levels[i % levels.length],
                    i % 2 == 0 ? i / 2 + 1 : null, i % 3 == 0));
        }
        return new Board("Pladen – kvalitetsudvikling", "Børnehuset Solsikken", KERNEOPGAVE, LocalDate.of(2026, 11, 23),
                bubbles);
    }

    /** The rings a group typically fills first: its own, the municipality's, then the wider ones. */
    static Board typical(int count) {
        return spread(count, BoardLevel.INSTITUTION, BoardLevel.KOMMUNAL, BoardLevel.NATIONAL,
                BoardLevel.INTERNATIONAL, BoardLevel.INSTITUTION, BoardLevel.NATIONAL);
    }

    /** {@code perLevel[i]} bobler on the ring of level i, every third ranked, every fourth in practice. */
    static Board crowded(int... perLevel) {
        List<BoardBubble> bubbles = new ArrayList<>();
        int made = 0;
        for (BoardLevel level : BoardLevel.values()) {
            for (int i = 0; i < perLevel[level.ordinal()]; i++) {
                made++;
                Integer rank = i % 3 == 0 ? i / 3 + 1 : null;
                bubbles.add(new BoardBubble("Boble " + made + " om trivsel og læring", level, rank, i % 4 == 0));
            }
        }
        return new Board("Fuld plade", "Vuggestuen Æblehaven", KERNEOPGAVE, LocalDate.of(2026, 1, 5), bubbles);
    }
}
