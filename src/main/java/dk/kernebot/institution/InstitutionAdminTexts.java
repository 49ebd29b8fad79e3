package dk.kernebot.institution;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dk.kernebot.chat.Texts;
import org.springframework.stereotype.Component;

/** The admin API's answers in the requester's language: problems in a file, and links that changed hands. */
@Component
class InstitutionAdminTexts {

    private final Texts texts;

    InstitutionAdminTexts(Texts texts) {
        this.texts = texts;
    }

    /** The first language of an Accept-Language header; anything unreadable is answered in Danish. */
    static Locale locale(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Texts.DANISH;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
            return ranges.isEmpty() ? Texts.DANISH : Texts.fromTag(ranges.get(0).getRange());
        } catch (IllegalArgumentException e) {
            return Texts.DANISH;
        }
    }

    String invalid(Locale locale, int problems) {
        return texts.get(locale, "institution.admin.invalid", problems);
    }

    String tooLarge(Locale locale, int kilobytes) {
        return texts.get(locale, "institution.admin.tooLarge", kilobytes);
    }

    String notFound(Locale locale, String id) {
        return texts.get(locale, "institution.admin.notFound", id);
    }

    Map<String, Object> problem(Locale locale, InstitutionProblem problem) {
        String text = texts.get(locale, "institution.problem." + problem.code(), problem.detail());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("field", problem.field());
        out.put("code", problem.code());
        out.put("message", problem.field().isEmpty() ? text
                : texts.get(locale, "institution.problem.line", problem.field(), text));
        return out;
    }

    Map<String, Object> relink(Locale locale, Relink relink) {
        String kind = relink.kind().column();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", kind);
        out.put("id", relink.ref());
        out.put("from", relink.from());
        if (relink.to() != null) {
            out.put("to", relink.to());
            out.put("message", texts.get(locale, "institution.admin.moved." + kind, relink.ref(), relink.from(), relink.to()));
        } else {
            out.put("message", texts.get(locale, "institution.admin.released." + kind, relink.ref(), relink.from()));
        }
        return out;
    }
}
