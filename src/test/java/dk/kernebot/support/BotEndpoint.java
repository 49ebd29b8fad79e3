package dk.kernebot.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Posts to the bot's real {@code /api/messages} over HTTP, as the Bot Connector does. */
public final class BotEndpoint {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI uri;
    private String authorization;

    public BotEndpoint(int port) {
        this.uri = URI.create("http://localhost:" + port + "/api/messages");
    }

    public BotEndpoint withAuthorization(String header) {
        this.authorization = header;
        return this;
    }

    public HttpResponse<String> post(String body) {
        return post(HttpRequest.BodyPublishers.ofString(body));
    }

    public HttpResponse<String> post(HttpRequest.BodyPublisher body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(body);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Posts and insists on a 2xx, returning the response body. */
    public String send(String body) {
        HttpResponse<String> response = post(body);
        if (response.statusCode() / 100 != 2) {
            throw new AssertionError("Bot answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
