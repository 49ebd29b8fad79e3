package dk.kernebot.institution;

import java.util.List;

/** An institution file that cannot be stored; it carries every problem found, so one round of fixes is enough. */
class InstitutionValidationException extends RuntimeException {

    private final transient List<InstitutionProblem> problems;

    InstitutionValidationException(List<InstitutionProblem> problems) {
        super(problems.size() + " problem(s) in the institution file, first: " + problems.get(0));
        this.problems = List.copyOf(problems);
    }

    List<InstitutionProblem> problems() {
        return problems;
    }
}
