package dk.kernebot.actionplan;

import java.util.Optional;

import dk.kernebot.links.DownloadLinks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The chef's report links. The link names the chef (tenant and Entra id), not the institutions: which institutions
 * the report covers is read from the files when it is downloaded, so a chef taken out of a file gets none of it.
 */
@Component
class OverviewLinks {

    static final String KIND = "overview";

    /** Whose report a link opens. */
    record Chef(String tenant, String aadObjectId) {
    }

    private final String base;
    private final DownloadLinks links;

    OverviewLinks(@Value("${kernebot.session.public-url:http://localhost:3978}") String publicUrl, DownloadLinks links) {
        String url = publicUrl == null || publicUrl.isBlank() ? "http://localhost:3978" : publicUrl.strip();
        this.base = url.replaceAll("/+$", "");
        this.links = links;
    }

    /** @return the report's address without its extension (".pdf", ".md") */
    String report(String tenant, String aadObjectId) {
        return base + "/oversigt/" + links.current(KIND, target(tenant, aadObjectId));
    }

    Optional<Chef> chef(String token) {
        return links.target(KIND, token).map(target -> {
            int bar = target.indexOf('|');
            return new Chef(bar <= 0 ? null : target.substring(0, bar), target.substring(bar + 1));
        });
    }

    private static String target(String tenant, String aadObjectId) {
        return (tenant == null ? "" : tenant) + "|" + aadObjectId;
    }
}
