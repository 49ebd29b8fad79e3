package dk.kernebot.actionplan;
// TEMPORARY STUB until the actionplan branch merges
@org.springframework.stereotype.Service
public class Handleplans {
    public String addGoalsFromSession(String conversationId, String sessionId, java.util.List<GoalDraft> goals, dk.kernebot.chat.UserRef by) { return "stub"; }
    public java.util.Optional<String> planIdFor(String conversationId) { return java.util.Optional.empty(); }
}
