package dk.kernebot.institution;

/**
 * A leader the institution's file names: they lead every conversation linked to the institution. Known by Entra
 * object id, since that is what the municipality's IT has; Teams' user id is learned when the bot first reaches them.
 */
public record InstitutionLeader(String aadObjectId, String name) {
}
