package dk.kernebot.schema;

/**
 * One way a document breaks its schema: the field ({@link FieldPath}; for a missing or unknown field, that field
 * itself), what is wrong, and a detail for the message, such as the allowed maximum or the expected type. Each file
 * format turns these into its own field-named texts.
 */
public record SchemaProblem(FieldPath field, Code code, String detail) {

    public enum Code {
        /** A required field is not there (detail: none). */
        MISSING,
        /** A field the schema does not know, often a typo (detail: none). */
        UNKNOWN_FIELD,
        /** The value has another JSON type (detail: the expected type, e.g. {@code string}). */
        WRONG_TYPE,
        /** A text is shorter than allowed (detail: the minimum length). */
        TOO_SHORT,
        /** A text is longer than allowed (detail: the maximum length). */
        TOO_LONG,
        /** A text does not have the required form (detail: the pattern). */
        NO_MATCH,
        /** A list has fewer items than allowed (detail: the minimum). */
        TOO_FEW,
        /** A list has more items than allowed (detail: the maximum). */
        TOO_MANY,
        /** A number is below the minimum (detail: the minimum). */
        TOO_SMALL,
        /** A number is above the maximum (detail: the maximum). */
        TOO_LARGE,
        /** The value is not one of those allowed (detail: the allowed values as JSON). */
        NOT_ALLOWED,
        /** Any other rule of the schema (detail: the validator's own English message). */
        OTHER
    }

    /** The detail as a whole number, for codes whose detail is a limit. */
    public int limit() {
        return Integer.parseInt(detail);
    }

    @Override
    public String toString() {
        return (field.isRoot() ? "(document)" : field) + ": " + code + (detail == null ? "" : " (" + detail + ")");
    }
}
