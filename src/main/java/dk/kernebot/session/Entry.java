package dk.kernebot.session;

import java.util.Arrays;
import java.util.List;

/** A contribution to a step. {@code valueIds} is a comma-separated list of værdisæt ids it builds on. */
public record Entry(String id, String sessionId, String stepId, String authorId, String authorName, String text,
                    String level, String valueIds, boolean inPractice, String status, long createdAt, long updatedAt) {

    static final String ACTIVE = "ACTIVE";
    static final String WITHDRAWN = "WITHDRAWN";

    public List<String> values() {
        return valueIds == null || valueIds.isBlank() ? List.of() : Arrays.asList(valueIds.split(","));
    }

    public boolean isActive() {
        return ACTIVE.equals(status);
    }
}
