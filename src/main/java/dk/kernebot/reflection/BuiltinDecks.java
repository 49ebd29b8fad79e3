package dk.kernebot.reflection;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Writes the decks shipped in the jar ({@code decks/*.json}) to the database at start-up whenever the file
 * changed, so draws and imported decks live side by side. A broken built-in deck stops the start: better than a bot
 * that hands out nothing.
 */
@Component
class BuiltinDecks implements SmartInitializingSingleton {

    private final DeckStore store;
    private final DeckParser parser = new DeckParser();

    BuiltinDecks(DeckStore store) {
        this.store = store;
    }

    @Override
    public void afterSingletonsInstantiated() {
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:decks/*.json")) {
                String content = read(resource);
                if (store.holdsBuiltin(content)) {
                    // Unchanged since the last start: nothing to check or write (the first draw parses it).
                    continue;
                }
                Deck deck = parser.parse(content);
                if (!store.storedContent(deck.id()).map(content::equals).orElse(false)) {
                    store.save(deck, content, true);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the built-in decks", e);
        }
    }

    private static String read(Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
