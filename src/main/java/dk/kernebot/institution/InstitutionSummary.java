package dk.kernebot.institution;

/** One line of the admin list: enough to see what is configured without fetching every file. */
record InstitutionSummary(String id, String name, int values, int conversations, int teams, String updatedAt) {
}
