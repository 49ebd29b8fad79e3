package dk.kernebot.actionplan;
// TEMPORARY STUB until the actionplan branch merges
public record GoalDraft(String text, String agendaPoint, String qualityType, String capital) {}
