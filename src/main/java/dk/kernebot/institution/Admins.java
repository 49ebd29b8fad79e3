package dk.kernebot.institution;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import dk.kernebot.chat.UserRef;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The people who administer Kernebot everywhere: they may link conversations to institutions and set leaders.
 * Teams sends both a channel account id and (usually) an Entra object id; either may be configured, because
 * the Entra id is what an IT department has at hand, while the Teams id is all a bot sees in some clients.
 */
@Component
public class Admins {

    private final Set<String> ids;

    // The property keeps its first name (kernebot.questions.admins / KERNEBOT_ADMINS) so deployments need no change.
    Admins(@Value("${kernebot.questions.admins:}") String configured) {
        this.ids = Arrays.stream(configured.split(","))
                .map(String::strip)
                .filter(id -> !id.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    public boolean isAdmin(UserRef user) {
        if (user == null) {
            return false;
        }
        return user.id() != null && ids.contains(user.id())
                || user.aadObjectId() != null && ids.contains(user.aadObjectId());
    }
}
