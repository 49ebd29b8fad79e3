package dk.kernebot.institution;

import java.util.List;

/**
 * An institution as its file describes it: the profile, the conversations and teams the file claims, the
 * leaders of all of them, the chefs (Skole- og dagtilbudschef) who lead it among others, and the age group of its
 * conversations ("vuggestue", "børnehave", "begge", or null).
 */
record InstitutionFile(InstitutionProfile profile, List<String> conversations, List<String> teams,
                       List<InstitutionLeader> leaders, List<InstitutionLeader> chefs, String ageGroup) {

    InstitutionFile {
        conversations = List.copyOf(conversations);
        teams = List.copyOf(teams);
        leaders = List.copyOf(leaders);
        chefs = chefs == null ? List.of() : List.copyOf(chefs);
    }

    List<String> refs(LinkKind kind) {
        return kind == LinkKind.TEAM ? teams : conversations;
    }
}
