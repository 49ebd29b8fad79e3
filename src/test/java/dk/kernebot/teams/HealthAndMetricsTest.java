package dk.kernebot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import dk.kernebot.support.BotIntegrationTest;
import dk.kernebot.support.TeamsActivities;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;

class HealthAndMetricsTest extends BotIntegrationTest {

    @LocalManagementPort
    int managementPort;

    @Test
    void healthIsUpWithTheDatabase() throws Exception {
        HttpResponse<String> health = get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"db\"");
    }

    @Test
    void prometheusCountsActivitiesAndExposesNoPersonalData() throws Exception {
        TeamsActivities chat = groupChat();
        bot().send(chat.message("Anne", "hjælp"));

        HttpResponse<String> metrics = get("/actuator/prometheus");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("kernebot_activities_total{type=\"message\"}")
                .doesNotContain("Anne").doesNotContain(chat.conversationId());
    }

    @Test
    void nothingElseOfActuatorIsExposed() throws Exception {
        assertThat(get("/actuator/env").statusCode()).isEqualTo(404);
        assertThat(get("/actuator/beans").statusCode()).isEqualTo(404);
    }

    @Test
    void anActivityTypeTheBotDoesNotKnowIsCountedAsOther() throws Exception {
        String made = "madeUp" + java.util.UUID.randomUUID().toString().replace("-", "");
        bot().post(groupChat().message("Anne", "hej").replace("\"type\":\"message\"", "\"type\":\"" + made + "\""));

        String metrics = get("/actuator/prometheus").body();

        assertThat(metrics).doesNotContain(made).contains("kernebot_activities_total{type=\"other\"}");
    }

    @Test
    void actuatorIsOnTheManagementPortNotOnThePortTeamsReaches() throws Exception {
        assertThat(managementPort).isNotEqualTo(port);
        assertThat(send(port, "/actuator/health").statusCode()).isEqualTo(404);
        assertThat(send(port, "/actuator/prometheus").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send(managementPort, path);
    }

    private static HttpResponse<String> send(int port, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
