package dk.kernebot.reflection;

import java.util.List;

/** A deck file that cannot be used; it lists every problem found, not just the first. */
public class DeckValidationException extends RuntimeException {

    private final List<DeckProblem> problems;

    public DeckValidationException(List<DeckProblem> problems) {
        super(problems.size() + " problem(s) in the deck, first: " + problems.get(0));
        this.problems = List.copyOf(problems);
    }

    public List<DeckProblem> problems() {
        return problems;
    }
}
