package dk.kernebot.cards;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Names the template in {@code cards/} (without {@code .json}) that a {@link CardView} record is bound to. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CardTemplate {

    /** The template's name, e.g. {@code "notice"} for {@code cards/notice.json}. */
    String value();
}
