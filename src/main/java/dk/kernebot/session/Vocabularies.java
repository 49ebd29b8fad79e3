package dk.kernebot.session;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The words a process's steps tag entries with, declared in its file under {@code vocabularies}: {@code rings},
 * {@code roles}, {@code categories}, {@code qualityTypes}, {@code capitals}, {@code themes}, each a list of {@link Term}s. Which
 * of them a step needs is its kind's business; the kind checks at load that they are there.
 */
public record Vocabularies(Map<String, List<Term>> lists) {

    public static final String RINGS = "rings";
    public static final String ROLES = "roles";
    public static final String CATEGORIES = "categories";
    public static final String QUALITY_TYPES = "qualityTypes";
    public static final String CAPITALS = "capitals";
    /** The six læreplanstemaer (or a municipality's own), one of which a læreplan evaluation walks. */
    public static final String THEMES = "themes";

    public Vocabularies {
        lists = Map.copyOf(lists);
    }

    public List<Term> of(String vocabulary) {
        return lists.getOrDefault(vocabulary, List.of());
    }

    public Optional<Term> find(String vocabulary, String id) {
        return id == null ? Optional.empty() : of(vocabulary).stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public boolean has(String vocabulary, String id) {
        return find(vocabulary, id).isPresent();
    }

    /** The term's label, or the id itself for a word the file no longer declares (an old entry stays readable). */
    public String label(String vocabulary, String id, Locale locale) {
        return find(vocabulary, id).map(t -> t.label(locale)).orElse(id == null ? "" : id);
    }
}
