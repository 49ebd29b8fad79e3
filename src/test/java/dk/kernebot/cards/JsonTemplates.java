package dk.kernebot.cards;

import tools.jackson.databind.json.JsonMapper;

/** Renders a template given as JSON text with data given as JSON text, as CardRenderer does for cards/*.json. */
final class JsonTemplates {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonTemplates() {
    }

    static String render(String name, String templateJson, String dataJson) {
        return CompiledTemplate.compile(name, JSON.readTree(templateJson), JSON).render(JSON.readTree(dataJson), JSON);
    }
}
