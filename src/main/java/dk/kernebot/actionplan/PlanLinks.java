package dk.kernebot.actionplan;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The plan's download links, at the address people's browsers reach the bot (as for the session board). */
@Component
class PlanLinks {

    private final String base;

    PlanLinks(@Value("${kernebot.session.public-url:http://localhost:3978}") String publicUrl) {
        String url = publicUrl == null || publicUrl.isBlank() ? "http://localhost:3978" : publicUrl.strip();
        this.base = url.replaceAll("/+$", "");
    }

    String export(Plan plan, String extension) {
        return base + "/handleplans/" + plan.exportToken() + "." + extension;
    }
}
