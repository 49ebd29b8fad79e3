package dk.kernebot.institution;

import java.util.LinkedHashMap;
import java.util.Map;

/** Writes an institution in the very format {@link InstitutionParser} reads, so a fetched file can be put back. */
final class InstitutionDocument {

    private InstitutionDocument() {
    }

    static Map<String, Object> of(InstitutionFile file) {
        InstitutionProfile profile = file.profile();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("id", profile.id());
        document.put("name", profile.name());
        document.put("kerneopgave", text(profile.kerneopgave()));
        document.put("vaerdisaet", profile.values().stream().map(InstitutionDocument::value).toList());
        document.put("conversations", file.conversations());
        document.put("teams", file.teams());
        document.put("leaders", file.leaders().stream().map(InstitutionDocument::leader).toList());
        if (!file.chefs().isEmpty()) {
            document.put("chefs", file.chefs().stream().map(InstitutionDocument::leader).toList());
        }
        if (file.ageGroup() != null) {
            document.put("ageGroup", file.ageGroup());
        }
        return document;
    }

    private static Map<String, Object> value(CoreValue value) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", value.id());
        out.put("name", text(value.name()));
        out.put("description", text(value.description()));
        return out;
    }

    private static Map<String, Object> leader(InstitutionLeader leader) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("aadObjectId", leader.aadObjectId());
        out.put("name", leader.name());
        return out;
    }

    /** English is left out rather than written as null: the parser refuses an empty "en". */
    private static Map<String, String> text(LocalizedText text) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("da", text.da());
        if (text.en() != null) {
            out.put("en", text.en());
        }
        return out;
    }
}
