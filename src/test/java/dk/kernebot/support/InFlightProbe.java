package dk.kernebot.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * Watches the posts the bot makes to the fake connector while they are being answered: how many are in flight at
 * once (overall and per conversation) and in which order each conversation's posts arrived. It can also hold posts
 * until {@code together} of them are in flight at the same moment, which proves overlap by structure rather than
 * by timing: a sender that posts one at a time never fills the group, and the watch then shows a maximum of 1.
 */
public final class InFlightProbe implements ResponseTransformerV2 {

    static final String NAME = "in-flight-probe";
    private static final ObjectMapper JSON = new ObjectMapper();

    private volatile Watch watch;

    /**
     * From now on, every activity post waits until {@code together} posts are in flight, or until {@code patience}
     * has passed (then the group is given up and posts pass straight through).
     */
    public Watch watch(int together, Duration patience) {
        Watch started = new Watch(together, patience);
        watch = started;
        return started;
    }

    public void stop() {
        watch = null;
    }

    @Override
    public Response transform(Response response, ServeEvent serveEvent) {
        Watch current = watch;
        LoggedRequest request = serveEvent.getRequest();
        String path = FakeConnector.decodedPath(request);
        if (current != null && request.getMethod().getName().equals("POST") && path.startsWith("/v3/conversations/")
                && path.contains("/activities")) {
            current.around(conversationOf(path), textOf(request));
        }
        return response;
    }

    @Override
    public boolean applyGlobally() {
        return true;
    }

    @Override
    public String getName() {
        return NAME;
    }

    private static String conversationOf(String path) {
        String rest = path.substring("/v3/conversations/".length());
        return rest.substring(0, rest.indexOf("/activities"));
    }

    private static String textOf(LoggedRequest request) {
        try {
            return JSON.readTree(request.getBodyAsString()).path("text").asText("");
        } catch (Exception e) {
            return "";
        }
    }

    /** What one watch saw. */
    public static final class Watch {

        private final CyclicBarrier group;
        private final Duration patience;
        private final Map<String, Integer> inFlight = new HashMap<>();
        private final Map<String, Integer> maxPerConversation = new HashMap<>();
        private final Map<String, List<String>> arrivals = new HashMap<>();
        private volatile java.util.function.Consumer<String> onArrival = text -> { };
        private int total;
        private int maxTotal;

        Watch(int together, Duration patience) {
            this.group = new CyclicBarrier(together);
            this.patience = patience;
        }

        /** Called with each post's text on the connector's thread as it arrives, before it is answered. */
        public Watch onArrival(java.util.function.Consumer<String> action) {
            onArrival = action;
            return this;
        }

        void around(String conversation, String text) {
            arrive(conversation, text);
            onArrival.accept(text);
            try {
                group.await(patience.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException | BrokenBarrierException e) {
                // The group did not fill: the maximum recorded says how many did overlap.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                leave(conversation);
            }
        }

        private synchronized void arrive(String conversation, String text) {
            arrivals.computeIfAbsent(conversation, c -> new ArrayList<>()).add(text);
            int here = inFlight.merge(conversation, 1, Integer::sum);
            maxPerConversation.merge(conversation, here, Math::max);
            maxTotal = Math.max(maxTotal, ++total);
        }

        private synchronized void leave(String conversation) {
            inFlight.merge(conversation, -1, Integer::sum);
            total--;
        }

        /** The most posts that were in flight at one moment. */
        public synchronized int maxInFlight() {
            return maxTotal;
        }

        /** Per conversation, the most of its posts that were in flight at one moment. */
        public synchronized Map<String, Integer> maxInFlightPerConversation() {
            return Map.copyOf(maxPerConversation);
        }

        /** The texts posted to the conversation, in the order they reached the connector. */
        public synchronized List<String> arrivals(String conversationId) {
            return List.copyOf(arrivals.getOrDefault(conversationId, List.of()));
        }
    }
}
