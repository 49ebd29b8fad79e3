package dk.kernebot.actionplan;

import dk.kernebot.links.DownloadLinks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The plan's download links, at the address people's browsers reach the bot (as for the session board). They
 * expire; {@link #renew} (the "handleplan" command) ends the old link, every other card reuses the live one.
 */
@Component
class PlanLinks {

    static final String KIND = "handleplan";

    private final String base;
    private final DownloadLinks links;

    PlanLinks(@Value("${kernebot.session.public-url:http://localhost:3978}") String publicUrl, DownloadLinks links) {
        String url = publicUrl == null || publicUrl.isBlank() ? "http://localhost:3978" : publicUrl.strip();
        this.base = url.replaceAll("/+$", "");
        this.links = links;
    }

    String export(Plan plan, String extension) {
        return base + "/handleplans/" + links.current(KIND, plan.exportToken()) + "." + extension;
    }

    void renew(Plan plan) {
        links.renew(KIND, plan.exportToken());
    }
}
