package dk.kernebot.session;

import java.util.Arrays;
import java.util.List;

/**
 * A contribution to a step, with what its kind tagged it with (each kind uses the columns it needs, the rest are
 * null): a boble's ring, a dialogue entry's category and a goal's quality type and capital, a participant's role,
 * and the værdisæt ids a proposal builds on ({@code valueIds}, comma-separated).
 */
public record Entry(String id, String sessionId, String stepId, String authorId, String authorName, String text,
                    String ring, String category, String role, String qualityType, String capital, String valueIds,
                    boolean inPractice, String status, long createdAt, long updatedAt) {

    static final String ACTIVE = "ACTIVE";
    static final String WITHDRAWN = "WITHDRAWN";

    public List<String> values() {
        return valueIds == null || valueIds.isBlank() ? List.of() : Arrays.asList(valueIds.split(","));
    }

    public boolean isActive() {
        return ACTIVE.equals(status);
    }
}
