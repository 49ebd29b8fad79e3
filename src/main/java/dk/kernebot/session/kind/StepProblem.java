package dk.kernebot.session.kind;

/**
 * Something wrong with a step in a process file, as its kind sees it: the field, and the bundle key
 * {@code process.problem.<code>} with its arguments, so the file's author reads it in Danish.
 */
public record StepProblem(String field, String code, Object... args) {
}
