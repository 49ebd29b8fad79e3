package dk.kernebot.cards;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Binds the Adaptive Card templates in {@code cards/*.json} to data, the way the official Adaptive Cards
 * Templating engine does for the subset we use (the conformance test holds both to the same output):
 * <ul>
 *   <li>{@code "${path}"} as a whole string binds the value with its type (text, number, boolean, object, array);
 *       inside a longer string it is written into the text ({@code "• ${text}"}). Paths: {@code a.b},
 *       {@code a[0]}, {@code $root.x}, {@code $data}, {@code $index}.</li>
 *   <li>{@code "$data": "${list}"} on an object repeats it once per element, each with the element as its data;
 *       inside an array the copies take the object's place. An object value becomes the data instead.</li>
 *   <li>{@code "$when": "${condition}"} drops the object unless the condition is true; conditions may use
 *       {@code !}, {@code ==}, {@code !=}, {@code &&}, {@code ||} and literals. {@code $when} is evaluated for
 *       each repetition, in its data.</li>
 * </ul>
 * Each template is compiled once, on first use, into literal JSON and parsed expressions ({@link CompiledTemplate}),
 * so a render evaluates expressions and writes text, and never parses or pattern-matches the template again.
 * <p>
 * Unlike the official engine, which leaves an unbound {@code ${x}} in the card for the user to see, a missing
 * value here is a {@link CardTemplateException}: a bug to fix, not a card to send. Data is inserted literally
 * (a value containing "${...}" is not expanded again); user text should still go through
 * {@link CardText#escapeMarkdown} because TextBlocks render markdown.
 */
@Component
public class CardRenderer {

    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, CompiledTemplate> templates = new ConcurrentHashMap<>();

    /** Expands the template a {@link CardView} names with the view's data. */
    public String render(CardView view) {
        return render(templateOf(view.getClass()), view);
    }

    /** The template name on a {@link CardView} type; a view without {@link CardTemplate} is a bug. */
    public static String templateOf(Class<? extends CardView> type) {
        CardTemplate template = type.getAnnotation(CardTemplate.class);
        if (template == null) {
            throw new CardTemplateException(type.getName(), "a CardView needs @CardTemplate naming its template");
        }
        return template.value();
    }

    /**
     * Expands {@code cards/<templateName>.json} with the data (records, maps, lists and plain values), for the
     * template tests, which bind each template's sample. Features bind a {@link CardView} through
     * {@link #render(CardView)}; {@code ArchitectureTest} holds main code to that.
     */
    public String render(String templateName, Object data) {
        CompiledTemplate template = templates.computeIfAbsent(templateName, this::load);
        return template.render(json.valueToTree(data), json);
    }

    private CompiledTemplate load(String templateName) {
        String resource = "cards/" + templateName + ".json";
        try (InputStream in = CardRenderer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new CardTemplateException(templateName, "no such template on the classpath (" + resource + ")");
            }
            return CompiledTemplate.compile(templateName, json.readTree(in), json);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
