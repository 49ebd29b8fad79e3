package dk.kernebot.outbox;

import java.util.ArrayList;
import java.util.List;

/**
 * The hand-over between the sender threads working on one claimed batch and the thread that records outcomes:
 * senders add outcomes as they happen; the recording thread takes whatever has piled up since its last write, so
 * under load one commit covers many rows, and when idle a row is recorded as soon as it is sent.
 */
final class DispatchRound {

    private List<Outcome> pending = new ArrayList<>();
    private int lanesLeft;

    DispatchRound(int lanes) {
        this.lanesLeft = lanes;
    }

    synchronized void add(Outcome outcome) {
        pending.add(outcome);
        notifyAll();
    }

    synchronized void laneFinished() {
        lanesLeft--;
        notifyAll();
    }

    /** Waits for outcomes; empty once every lane has finished and everything was taken. */
    synchronized List<Outcome> take() throws InterruptedException {
        while (pending.isEmpty() && lanesLeft > 0) {
            wait();
        }
        List<Outcome> taken = pending;
        pending = new ArrayList<>();
        return taken;
    }
}
