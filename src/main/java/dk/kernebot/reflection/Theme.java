package dk.kernebot.reflection;

/** A theme of a deck, e.g. "leg" or "kerneopgaven"; its id is stable across deck versions. */
public record Theme(String id, LocalizedText name, LocalizedText description) {
}
