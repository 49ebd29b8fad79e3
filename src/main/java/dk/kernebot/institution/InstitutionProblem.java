package dk.kernebot.institution;

/**
 * One thing wrong in an institution file: the field as a path into the file ({@code vaerdisaet[2].name.da}, empty
 * for the file as a whole), a code whose text lives in the message bundles ({@code institution.problem.<code>}),
 * and an optional detail for that text (a limit, a line number).
 */
record InstitutionProblem(String field, String code, Object detail) {

    static InstitutionProblem of(String field, String code) {
        return new InstitutionProblem(field, code, null);
    }

    @Override
    public String toString() {
        return (field.isEmpty() ? "(file)" : field) + ": " + code + (detail == null ? "" : " (" + detail + ")");
    }
}
