package dk.kernebot.chat;

/** Where a conversation happens in Teams; it decides, for example, whether a group discussion makes sense. */
public enum ConversationType {
    PERSONAL,
    GROUP_CHAT,
    CHANNEL;

    public boolean isGroup() {
        return this != PERSONAL;
    }
}
