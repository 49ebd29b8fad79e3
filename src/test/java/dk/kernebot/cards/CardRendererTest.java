package dk.kernebot.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CardRendererTest {

    private final CardRenderer renderer = new CardRenderer();

    private String render(String template, String data) {
        return JsonTemplates.render("test", template, data);
    }

    @Test
    void aWholeExpressionKeepsItsType() {
        assertThat(render("{\"a\":\"${n}\",\"b\":\"${flag}\",\"c\":\"${list}\"}", "{\"n\":3,\"flag\":true,\"list\":[1]}"))
                .isEqualTo("{\"a\":3,\"b\":true,\"c\":[1]}");
    }

    @Test
    void expressionsInsideTextAreWrittenIn() {
        assertThat(render("{\"t\":\"${a} og ${b.c} (${n})\"}", "{\"a\":\"Anne\",\"b\":{\"c\":\"Bo\"},\"n\":2}"))
                .isEqualTo("{\"t\":\"Anne og Bo (2)\"}");
    }

    @Test
    void dataRepeatsAnObjectPerElementInsideItsArray() {
        assertThat(render("{\"l\":[{\"x\":0},{\"$data\":\"${items}\",\"x\":\"${$index}-${name}\"},{\"x\":9}]}",
                "{\"items\":[{\"name\":\"a\"},{\"name\":\"b\"}]}"))
                .isEqualTo("{\"l\":[{\"x\":0},{\"x\":\"0-a\"},{\"x\":\"1-b\"},{\"x\":9}]}");
    }

    @Test
    void whenDropsAnObjectAndIsEvaluatedPerRepetition() {
        assertThat(render("{\"l\":[{\"$data\":\"${items}\",\"$when\":\"${ok}\",\"n\":\"${n}\"}]}",
                "{\"items\":[{\"ok\":true,\"n\":1},{\"ok\":false,\"n\":2}]}"))
                .isEqualTo("{\"l\":[{\"n\":1}]}");
    }

    @Test
    void conditionsSupportNotEqualityAndLogic() {
        String template = "{\"l\":[{\"$when\":\"${!a}\",\"v\":1},{\"$when\":\"${m == 'x' && a}\",\"v\":2},"
                + "{\"$when\":\"${m != 'x' || a}\",\"v\":3},{\"$when\":\"${(n == 2)}\",\"v\":4}]}";
        assertThat(render(template, "{\"a\":true,\"m\":\"x\",\"n\":2}")).isEqualTo("{\"l\":[{\"v\":2},{\"v\":3},{\"v\":4}]}");
    }

    @Test
    void rootIsReachableFromInsideARepetition() {
        assertThat(render("{\"l\":[{\"$data\":\"${items}\",\"t\":\"${$root.label}: ${$data}\"}]}",
                "{\"label\":\"Navn\",\"items\":[\"Anne\"]}"))
                .isEqualTo("{\"l\":[{\"t\":\"Navn: Anne\"}]}");
    }

    @Test
    void aMissingValueFailsLoudlyNamingTemplateAndPath() {
        assertThatThrownBy(() -> render("{\"t\":\"Hej ${person.name}\"}", "{\"person\":{}}"))
                .isInstanceOf(CardTemplateException.class)
                .hasMessageContaining("'test'")
                .hasMessageContaining("person.name");
    }

    @Test
    void anUnsupportedExpressionFailsLoudly() {
        assertThatThrownBy(() -> render("{\"t\":\"${count(items) > 1}\"}", "{\"items\":[]}"))
                .isInstanceOf(CardTemplateException.class).hasMessageContaining("unsupported");
    }

    @Test
    void aConditionOverTextIsATemplateMistake() {
        assertThatThrownBy(() -> render("{\"l\":[{\"$when\":\"${name}\"}]}", "{\"name\":\"x\"}"))
                .isInstanceOf(CardTemplateException.class).hasMessageContaining("true or false");
    }

    @Test
    void hostileUserTextIsInsertedLiterallyAndNeverExpandedAgain() {
        String hostile = "${$root.secret} \"quote\" </script> {\"json\":1} \\ \u0000 😀";
        String out = renderer.render("notice", Map.of("title", hostile, "text", "t", "next", "n",
                "actionLabel", "a", "actionCommand", "hjælp"));
        assertThat(out).contains("${$root.secret}").contains("\\\"quote\\\"").contains("😀");
    }

    @Test
    void mapsAndListsBindAndTemplateKeywordsDisappear() {
        String out = renderer.render("help", Map.of("hasProblem", false, "problem", "", "title", "T", "intro", "I",
                "commands", List.of(Map.of("keyword", "kort", "description", "d")), "next", "N", "startLabel", "S"));
        assertThat(out).contains("\"title\":\"kort\"").doesNotContain("hasProblem").doesNotContain("$data");
        assertThat(JsonTemplates.render("r", "{\"a\":\"${item.name}/${item.n}\"}", "{\"item\":{\"name\":\"x\",\"n\":1}}"))
                .isEqualTo("{\"a\":\"x/1\"}");
    }

    @Test
    void markdownInUserTextIsEscaped() {
        assertThat(CardText.escapeMarkdown("Vi *leger* med_små [link](x) `kode` ~ \\"))
                .isEqualTo("Vi \\*leger\\* med\\_små \\[link\\](x) \\`kode\\` \\~ \\\\");
        assertThat(CardText.escapeMarkdown("- punkt\n1. nummer\n# titel\nmidt-i-ord"))
                .isEqualTo("\\- punkt\n1\\. nummer\n\\# titel\nmidt-i-ord");
        assertThat(CardText.escapeMarkdown(null)).isNull();
    }
}
