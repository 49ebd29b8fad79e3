package dk.kernebot.institution;

import java.util.List;

/** An institution as its file describes it: the profile and the conversations and teams the file claims. */
record InstitutionFile(InstitutionProfile profile, List<String> conversations, List<String> teams) {

    InstitutionFile {
        conversations = List.copyOf(conversations);
        teams = List.copyOf(teams);
    }

    List<String> refs(LinkKind kind) {
        return kind == LinkKind.TEAM ? teams : conversations;
    }
}
