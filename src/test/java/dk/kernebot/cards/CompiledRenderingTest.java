package dk.kernebot.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ContainerNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The compiled {@link CardRenderer} against the renderer it replaced ({@link ReferenceRenderer}): every template,
 * with its sample data and with that data changed one value at a time (each condition flipped, each list emptied
 * and tripled, each value removed, every text made hostile), must give the same characters, or fail with the same
 * message. The conformance test holds the sample data to Microsoft's engine; this one covers the branches and the
 * failures the samples do not reach.
 */
class CompiledRenderingTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String HOSTILE = "${$root.secret} ${x} \"q\" \\ </script> *fed* _k_ [l](m) `c` ~ "
            + "- punkt\n1. nummer\n# titel æøå 😀 \u0000 \u2028 {\"json\":1}";

    private final CardRenderer compiled = new CardRenderer();
    private final ReferenceRenderer reference = new ReferenceRenderer();

    @TestFactory
    Stream<DynamicTest> everyTemplateRendersAsBeforeWithEveryVariantOfItsData() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path template : templates()) {
            String name = template.toString();
            String templateJson = Files.readString(template);
            JsonNode sample = JSON.readTree(Path.of(name.replace(".json", ".data.json")).toFile());
            Map<String, JsonNode> variants = variants(sample);
            tests.add(DynamicTest.dynamicTest(name + " (" + variants.size() + " variants)", () -> {
                int rendered = 0;
                for (Map.Entry<String, JsonNode> variant : variants.entrySet()) {
                    String data = JSON.writeValueAsString(variant.getValue());
                    String ours = outcome(() -> JsonTemplates.render(name, templateJson, data));
                    assertThat(ours).as("%s with %s", name, variant.getKey())
                            .isEqualTo(outcome(() -> reference.renderJson(name, templateJson, data)));
                    rendered += ours.startsWith("card ") ? 1 : 0;
                }
                // Most variants must render (removing a value mostly fails), or this would compare error messages.
                assertThat(rendered).as("variants of %s that rendered", name).isGreaterThan(variants.size() / 3);
            }));
        }
        return tests.stream();
    }

    @Test
    void productionTemplatesFromTheClasspathRenderAsBeforeFromRecordsAndMaps() throws IOException {
        record Prompt(String text) {
        }
        Map<String, Object> data = new LinkedHashMap<>(JSON.readValue(Path.of("cards/reflection-card.data.json").toFile(),
                Map.class));
        data.put("prompts", List.of(new Prompt("Første"), new Prompt(HOSTILE)));
        data.put("question", HOSTILE);

        String card = compiled.render("reflection-card", data);

        assertThat(card).isEqualTo(reference.render("reflection-card", data)).contains("${$root.secret}");
        assertThat(compiled.render("reflection-card", data)).as("the second render, from the cache").isEqualTo(card);
    }

    @Test
    void expressionsParseAndFailAsBefore() {
        String data = "{\"a\":true,\"b\":false,\"s\":\"x\",\"n\":2,\"d\":2.5,\"o\":{\"p\":{\"q\":1}},"
                + "\"l\":[{\"t\":\"A\"},{\"t\":\"B\"}],\"e\":[],\"z\":null}";
        List<String> strings = List.of("${a}", "${n}", "${d}", "${o}", "${l}", "${z}", "x ${n} y ${d} z ${o} ${l} ${z}",
                "${a}${b}", "$${s}", "${s", "${s} ${", "}${s}{", "${}", "${ s }", "${\u2003s\u2003}", "${o.p.q}",
                "${o.p.r}", "${o.x.q}", "${l[1].t}", "${l[ 1 ].t}", "${l[5]}", "${l[1}", "${$root.s}",
                "${$root.o.x}", "${$root.o.p.x}", "${$data.s}", "${$data.o.p.x}", "${$index}", "${missing}",
                "${'x' == s}", "${\"x\" != s}", "${n == 2.0}", "${n == -2}", "${!a}", "${!!a}", "${!a != b}",
                "${a && b || a}", "${(a || b) && !b}", "${a == b == a}", "${(a}", "${a)}", "${'x}", "${count(l)}",
                "${a ||}", "${s && a}", "${a && s}", "${b || s}", "${true}", "${false == b}", "${true.x}", "${_}");
        for (String text : strings) {
            String template = JSON.writeValueAsString(Map.of("v", text));
            assertThat(outcome(() -> JsonTemplates.render("t", template, data))).as(text)
                    .isEqualTo(outcome(() -> reference.renderJson("t", template, data)));
        }
    }

    @Test
    void dataAndWhenBehaveAsBeforeInArraysPropertiesAndWithLiterals() {
        String data = "{\"ok\":true,\"no\":false,\"l\":[{\"k\":1,\"ok\":true,\"first\":\"f\"},{\"k\":2,\"ok\":false},{\"k\":3,\"ok\":true}],"
                + "\"one\":{\"k\":9},\"e\":[]}";
        List<String> templates = List.of(
                "{\"a\":[{\"$data\":\"${l}\",\"$when\":\"${ok}\",\"k\":\"${k}/${$index}/${$root.ok}\"}]}",
                "{\"p\":{\"$data\":\"${l}\",\"k\":\"${k}\"},\"after\":1}",
                "{\"p\":{\"$data\":\"${l}\",\"$when\":\"${!ok}\",\"k\":\"${k}\"}}",
                "{\"p\":{\"$data\":\"${l}\",\"k\":\"${k}\",\"x\":\"${first}\"}}",
                "{\"p\":{\"$data\":\"${l}\",\"$when\":\"${$index == 0}\",\"k\":\"${first}\"}}",
                "{\"p\":{\"$data\":\"${e}\",\"k\":1},\"q\":{\"$when\":\"${no}\"},\"r\":[{\"$when\":\"${no}\"}]}",
                "{\"p\":{\"$data\":\"${one}\",\"k\":\"${k}\"},\"q\":{\"$data\":{\"k\":5},\"k\":\"${k}\"}}",
                "{\"p\":{\"$data\":[{\"k\":5},{\"k\":6}],\"k\":\"${k}\"},\"q\":[{\"$data\":\"plain\",\"v\":\"${$data}\"}]}",
                "{\"p\":{\"$when\":true,\"k\":1},\"q\":{\"$when\":false},\"r\":{\"$when\":5},\"s\":{\"$when\":\"yes\"}}",
                "{\"a\":[{\"$data\":\"${l}\",\"in\":[{\"$data\":\"${$root.l}\",\"v\":\"${k}\"}],\"i\":\"${$index}\"}]}",
                "{\"a\":[1,\"x\",null,2.5,true,{\"f\":[{}]},{\"$when\":\"${ok}\",\"w\":[]}],\"b\":{\"c\":{\"d\":\"${ok}\"}}}",
                "{\"a\":[{\"$data\":\"${l}\",\"$when\":\"${missing}\"}]}",
                "{\"a\":[{\"$data\":\"${missing}\"}]}",
                "[\"${ok}\",{\"x\":\"${one}\"}]",
                "\"${one.k}\"");
        for (String template : templates) {
            assertThat(outcome(() -> JsonTemplates.render("t", template, data))).as(template)
                    .isEqualTo(outcome(() -> reference.renderJson("t", template, data)));
        }
    }

    @Test
    void whereTheCompiledRendererIsStricterItIsOnlyAboutBrokenTemplates() {
        // The card itself with $data or $when was refused only when it did not come out as exactly one card.
        assertThat(reference.renderJson("t", "{\"$when\":\"${ok}\",\"a\":1}", "{\"ok\":true}")).isEqualTo("{\"a\":1}");
        assertThatThrownBy(() -> JsonTemplates.render("t", "{\"$when\":\"${ok}\",\"a\":1}", "{\"ok\":true}"))
                .isInstanceOf(CardTemplateException.class).hasMessageContaining("must not use $data or $when");
        // A malformed number was a bare NumberFormatException; now it is a template error naming the expression.
        assertThatThrownBy(() -> reference.renderJson("t", "{\"v\":\"${n == 1.2.3}\"}", "{\"n\":1}"))
                .isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> JsonTemplates.render("t", "{\"v\":\"${n == 1.2.3}\"}", "{\"n\":1}"))
                .isInstanceOf(CardTemplateException.class).hasMessageContaining("'n == 1.2.3'");
        assertThatThrownBy(() -> reference.renderJson("t", "{\"v\":\"${l[x]}\"}", "{\"l\":[1]}"))
                .isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> JsonTemplates.render("t", "{\"v\":\"${l[x]}\"}", "{\"l\":[1]}"))
                .isInstanceOf(CardTemplateException.class).hasMessageContaining("'l[x]'");
        // ... but only when it is evaluated, as every other template mistake.
        assertThat(JsonTemplates.render("t", "{\"l\":[{\"$when\":\"${no}\",\"v\":\"${-}\"}]}", "{\"no\":false}"))
                .isEqualTo("{\"l\":[]}");
    }

    /** The card text, or the kind of failure and its message. */
    private static String outcome(Supplier<String> render) {
        try {
            return "card " + render.get();
        } catch (RuntimeException e) {
            return "failed " + e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    /**
     * The sample, then one change at a time: each boolean flipped, each array emptied and tripled, each value
     * removed, each text made hostile, each number made fractional; then all booleans flipped and texts hostile.
     */
    private static Map<String, JsonNode> variants(JsonNode sample) {
        Map<String, JsonNode> variants = new LinkedHashMap<>();
        variants.put("the sample", sample);
        List<List<Object>> paths = new ArrayList<>();
        collect(sample, new ArrayList<>(), paths);
        for (List<Object> path : paths) {
            JsonNode value = at(sample, path);
            if (value.isBoolean()) {
                variants.put(path + " flipped", with(sample, path, JSON.getNodeFactory().booleanNode(!value.booleanValue())));
            }
            if (value.isString()) {
                variants.put(path + " hostile", with(sample, path, JSON.getNodeFactory().stringNode(HOSTILE)));
            }
            if (value.isNumber()) {
                variants.put(path + " fractional", with(sample, path, JSON.getNodeFactory().numberNode(value.doubleValue() + 0.5)));
            }
            if (value.isArray()) {
                variants.put(path + " empty", with(sample, path, JSON.createArrayNode()));
                ArrayNode tripled = JSON.createArrayNode();
                for (int i = 0; i < 3; i++) {
                    value.forEach(element -> tripled.add(element.deepCopy()));
                }
                variants.put(path + " tripled", with(sample, path, tripled));
            }
            variants.put(path + " removed", without(sample, path));
        }
        variants.put("every boolean flipped and every text hostile", everywhere(sample));
        return variants;
    }

    private static void collect(JsonNode node, List<Object> path, List<List<Object>> paths) {
        if (node.isObject()) {
            node.properties().forEach(p -> step(p.getValue(), path, p.getKey(), paths));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                step(node.get(i), path, i, paths);
            }
        }
    }

    private static void step(JsonNode child, List<Object> path, Object key, List<List<Object>> paths) {
        List<Object> childPath = new ArrayList<>(path);
        childPath.add(key);
        paths.add(childPath);
        collect(child, childPath, paths);
    }

    private static JsonNode at(JsonNode root, List<Object> path) {
        JsonNode node = root;
        for (Object key : path) {
            node = key instanceof Integer i ? node.get(i) : node.get((String) key);
        }
        return node;
    }

    private static JsonNode with(JsonNode sample, List<Object> path, JsonNode value) {
        JsonNode copy = sample.deepCopy();
        ContainerNode<?> parent = (ContainerNode<?>) at(copy, path.subList(0, path.size() - 1));
        Object key = path.get(path.size() - 1);
        if (parent instanceof ObjectNode object) {
            object.set((String) key, value);
        } else {
            ((ArrayNode) parent).set((Integer) key, value);
        }
        return copy;
    }

    private static JsonNode without(JsonNode sample, List<Object> path) {
        JsonNode copy = sample.deepCopy();
        ContainerNode<?> parent = (ContainerNode<?>) at(copy, path.subList(0, path.size() - 1));
        Object key = path.get(path.size() - 1);
        if (parent instanceof ObjectNode object) {
            object.remove((String) key);
        } else {
            ((ArrayNode) parent).remove((Integer) key);
        }
        return copy;
    }

    private static JsonNode everywhere(JsonNode sample) {
        JsonNode copy = sample.deepCopy();
        List<List<Object>> paths = new ArrayList<>();
        collect(copy, new ArrayList<>(), paths);
        for (List<Object> path : paths) {
            JsonNode value = at(copy, path);
            if (value.isBoolean()) {
                copy = with(copy, path, JSON.getNodeFactory().booleanNode(!value.booleanValue()));
            } else if (value.isString()) {
                copy = with(copy, path, JSON.getNodeFactory().stringNode(HOSTILE));
            }
        }
        return copy;
    }

    private static List<Path> templates() throws IOException {
        List<Path> all = new ArrayList<>();
        for (Path folder : List.of(Path.of("cards"), Path.of("src/test/resources/cardfixtures"))) {
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(f -> f.toString().endsWith(".json") && !f.toString().endsWith(".data.json"))
                        .sorted().forEach(all::add);
            }
        }
        return all;
    }
}
