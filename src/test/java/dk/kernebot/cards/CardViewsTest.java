package dk.kernebot.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Holds every {@link CardView} record to its template: the template's sample ({@code cards/<name>.data.json}) must
 * read into the record with no field left over, the record must write back every field the sample shows (so the
 * sample is the record, field for field), and the template must render from the record without a missing value.
 * A field renamed on one side only fails here, not as an empty line in Teams.
 */
class CardViewsTest {

    private static final Path TEST_CARDS = Path.of("src/test/resources/cards");
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @Test
    void everyCardViewMatchesItsTemplateAndSample() {
        List<Class<? extends CardView>> views = cardViews();
        assertThat(views).as("CardView records in dk.kernebot").isNotEmpty();
        List<String> problems = new ArrayList<>();
        for (Class<? extends CardView> view : views) {
            problems.addAll(problems(view));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aFieldTheTemplateDoesNotHaveIsReported() {
        assertThat(problems(NoticeWithAnExtraField.class))
                .anySatisfy(p -> assertThat(p).contains("NoticeWithAnExtraField").contains("subtitle"));
    }

    @Test
    void aFieldTheTemplateNeedsButTheRecordLacksIsReported() {
        assertThat(problems(NoticeWithoutItsButton.class))
                .anySatisfy(p -> assertThat(p).contains("NoticeWithoutItsButton").contains("actionLabel"));
    }

    @Test
    void aViewWithoutItsTemplateIsReported() {
        assertThat(problems(NoTemplate.class)).anySatisfy(p -> assertThat(p).contains("no-such-card"));
    }

    static List<String> problems(Class<? extends CardView> view) {
        String name = CardRenderer.templateOf(view);
        // A kind that exists only in the tests keeps its template in the test resources.
        Path folder = Files.isRegularFile(Path.of("cards", name + ".json")) ? Path.of("cards") : TEST_CARDS;
        Path template = folder.resolve(name + ".json");
        Path sample = folder.resolve(name + ".data.json");
        String who = view.getSimpleName() + " (cards/" + name + ".json)";
        if (!Files.isRegularFile(template) || !Files.isRegularFile(sample)) {
            return List.of(who + ": the template or its .data.json sample is missing");
        }
        List<String> problems = new ArrayList<>();
        JsonNode sampleTree = JSON.readTree(sample.toFile());
        CardView bound;
        try {
            bound = JSON.treeToValue(sampleTree, view);
        } catch (RuntimeException e) {
            return List.of(who + ": the sample does not read into the record: " + e.getMessage());
        }
        JsonNode written = JSON.valueToTree(bound);
        missingFields("", sampleTree, written, who, problems);
        try {
            new CardRenderer().render(bound);
        } catch (CardTemplateException e) {
            problems.add(who + ": " + e.getMessage());
        }
        return problems;
    }

    /** Fields the record writes that the sample lacks: the sample must show every field, so the template can be checked. */
    private static void missingFields(String at, JsonNode sample, JsonNode written, String who, List<String> problems) {
        if (written.isObject()) {
            for (Iterator<String> names = written.propertyNames().iterator(); names.hasNext(); ) {
                String field = names.next();
                if (!sample.has(field)) {
                    problems.add(who + ": the sample has no '" + at + field + "'");
                } else {
                    missingFields(at + field + ".", sample.get(field), written.get(field), who, problems);
                }
            }
        } else if (written.isArray() && sample.isArray()) {
            for (int i = 0; i < Math.min(written.size(), sample.size()); i++) {
                missingFields(at + i + ".", sample.get(i), written.get(i), who, problems);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Class<? extends CardView>> cardViews() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent() && definition.getMetadata().isConcrete();
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(CardView.class));
        List<Class<? extends CardView>> views = new ArrayList<>();
        scanner.findCandidateComponents("dk.kernebot").forEach(definition -> {
            try {
                Class<?> type = Class.forName(definition.getBeanClassName());
                if (type.getEnclosingClass() != CardViewsTest.class) {
                    views.add((Class<? extends CardView>) type);
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        });
        return views;
    }

    @CardTemplate("notice")
    record NoticeWithAnExtraField(String title, String subtitle, String text, String next, String actionLabel,
            String actionCommand) implements CardView {
    }

    @CardTemplate("notice")
    record NoticeWithoutItsButton(String title, String text, String next, String actionCommand) implements CardView {
    }

    @CardTemplate("no-such-card")
    record NoTemplate(String title) implements CardView {
    }
}
