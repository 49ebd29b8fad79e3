package dk.kernebot.institution;

/** The age group an institution's file sets for its conversations ("vuggestue", "børnehave", "begge"). */
public record InstitutionAgeGroup(String institutionName, String ageGroup) {
}
