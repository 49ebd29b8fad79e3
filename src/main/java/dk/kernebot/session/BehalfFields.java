package dk.kernebot.session;

import java.util.List;

import dk.kernebot.cards.CardTemplate;
import dk.kernebot.cards.CardView;
import dk.kernebot.session.kind.Choice;

/**
 * The fields a contribution form gets for noting on someone's behalf (issue 18), bound to
 * {@code cards/session-behalf.json}: who said it (someone in the session, or a name typed for someone not in
 * Teams). Left as they are, the contribution is the clicker's own.
 */
@CardTemplate("session-behalf")
record BehalfFields(String pickLabel, String selfLabel, List<Choice> people, String nameLabel, String namePlaceholder,
                    String hint) implements CardView {
}
