package dk.kernebot.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import dk.kernebot.support.BotIntegrationTest;
import dk.kernebot.support.TeamsActivities;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OutboxCancelTest extends BotIntegrationTest {

    @Autowired
    Outbox outbox;
    @Autowired
    OutboxDispatcher sender;

    @Test
    void cancellingWithdrawsOnlyPendingRowsWithThePrefixAndTheKeyMayBeQueuedAgain() {
        TeamsActivities chat = groupChat();
        bot().send(chat.memberAdded("Anne", "Bo"));
        String prefix = "test:cancel:" + UUID.randomUUID() + ":";
        OutboundMessage.Conversation here = new OutboundMessage.Conversation(chat.conversationId(), null);
        outbox.enqueue(OutboundMessage.text(prefix + "sent", here, "Sendt", null));
        sender.dispatchDue();
        long later = clock.millis() + 3_600_000;
        outbox.enqueueAt(OutboundMessage.text(prefix + "waiting:1", here, "Venter 1", null), later);
        outbox.enqueueAt(OutboundMessage.text(prefix + "waiting:2", here, "Venter 2", null), later);
        outbox.enqueueAt(OutboundMessage.text("test:other:" + UUID.randomUUID(), here, "Andet", null), later);

        assertThat(outbox.cancelPending(prefix)).isEqualTo(2);

        assertThat(outbox.status(prefix + "sent")).contains(OutboxStatus.SENT);
        assertThat(outbox.status(prefix + "waiting:1")).isEmpty();
        assertThat(outbox.cancelPending(prefix)).isZero();
        assertThat(outbox.enqueue(OutboundMessage.text(prefix + "waiting:1", here, "Igen", null))).isTrue();
        assertThat(outbox.enqueue(OutboundMessage.text(prefix + "sent", here, "Ikke igen", null))).isFalse();
    }
}
