package dk.kernebot.institution;

import static dk.kernebot.institution.InstitutionFixtures.file;
import static dk.kernebot.institution.InstitutionFixtures.read;
import static dk.kernebot.institution.InstitutionFixtures.uniqueId;
import static dk.kernebot.institution.InstitutionFixtures.withConversations;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.kernebot.support.BotIntegrationTest;
import org.junit.jupiter.api.Test;

class InstitutionAdminTest extends BotIntegrationTest {

    @Test
    void aValidFileIsCreatedListedAndComesBackInItsOwnFormat() {
        String id = uniqueId("solsikken");
        ObjectNode sent = withConversations(file(id, "Børnehuset Solsikken"),
                List.of("19:group-" + id + "@thread.v2"), List.of("19:team-" + id + "@thread.tacv2"));
        sent.putArray("leaders").addObject().put("aadObjectId", "3f2504e0-4f89-11d3-9a0c-0305e82c3301")
                .put("name", "Mette Hansen");

        HttpResponse<String> created = admin("PUT", "/admin/institutions", sent.toString());

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode body = read(created.body());
        assertThat(body.path("replaced").asBoolean()).isFalse();
        assertThat(body.path("institution").path("values").asInt()).isEqualTo(2);
        assertThat(body.path("institution").path("teams").asInt()).isEqualTo(1);

        JsonNode listed = read(admin("GET", "/admin/institutions", null).body()).path("institutions");
        assertThat(listed.findValuesAsText("id")).contains(id);

        HttpResponse<String> fetched = admin("GET", "/admin/institutions/" + id, null);
        assertThat(fetched.statusCode()).isEqualTo(200);
        assertThat(read(fetched.body())).isEqualTo(sent);
        assertThat(admin("PUT", "/admin/institutions", fetched.body()).statusCode()).isEqualTo(200);
    }

    @Test
    void aFileWithSeveralProblemsIsRefusedWholeAndEachProblemNamesItsField() {
        String id = uniqueId("mariehoenen");
        assertThat(admin("PUT", "/admin/institutions", file(id, "Mariehønen").toString()).statusCode()).isEqualTo(201);
        ObjectNode broken = file(id, "Mariehønen (ny)");
        broken.put("adresse", "Solvej 1");
        ((ObjectNode) broken.path("kerneopgave")).remove("da");
        ((ObjectNode) broken.path("vaerdisaet").get(1).path("name")).put("da", "   ");
        ((ObjectNode) broken.path("vaerdisaet").get(1)).put("id", "nysgerrighed");
        broken.putArray("conversations").add("19%3agroup%40thread.v2");

        HttpResponse<String> response = admin("PUT", "/admin/institutions", broken.toString());

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode body = read(response.body());
        assertThat(body.path("error").asText()).isEqualTo("Institutionen blev ikke gemt: 5 problemer skal rettes først.");
        assertThat(body.path("problems").findValuesAsText("field")).containsExactlyInAnyOrder(
                "adresse", "kerneopgave.da", "vaerdisaet[1].id", "vaerdisaet[1].name.da", "conversations[0]");
        assertThat(body.path("problems").findValuesAsText("message")).contains(
                "Felt \"vaerdisaet[1].name.da\": Teksten må ikke være tom.",
                "Felt \"adresse\": Feltet kendes ikke (stavefejl?).",
                "Felt \"kerneopgave.da\": Feltet mangler.");
        JsonNode stored = read(admin("GET", "/admin/institutions/" + id, null).body());
        assertThat(stored.path("name").asText()).isEqualTo("Mariehønen");
        assertThat(stored.path("vaerdisaet").get(1).path("name").path("da").asText()).isEqualTo("Fællesskab");
    }

    @Test
    void anInvalidNewInstitutionIsNotStoredAtAll() {
        String id = uniqueId("ugyldig");
        ObjectNode broken = file(id, "Ugyldig");
        broken.putArray("vaerdisaet");

        HttpResponse<String> response = admin("PUT", "/admin/institutions", broken.toString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Værdisættet skal være en liste med 1 til 20 værdier.");
        assertThat(admin("GET", "/admin/institutions", null).body()).doesNotContain(id);
        assertThat(admin("GET", "/admin/institutions/" + id, null).statusCode()).isEqualTo(404);
    }

    @Test
    void problemsComeInEnglishWhenTheRequestAsksForIt() throws Exception {
        ObjectNode broken = file("Has Capitals", "x".repeat(201));

        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/admin/institutions"))
                .header("X-Admin-Key", ADMIN_KEY).header("Accept-Language", "en-GB,en;q=0.9,da;q=0.5")
                .PUT(HttpRequest.BodyPublishers.ofString(broken.toString())));

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode body = read(response.body());
        assertThat(body.path("error").asText()).isEqualTo("The institution was not saved: 2 problems need fixing first.");
        assertThat(body.path("problems").findValuesAsText("message")).containsExactlyInAnyOrder(
                "Field \"id\": Must be an id of 1-64 characters: lower-case letters (a-z), digits and hyphens, e.g. \"solsikken\".",
                "Field \"name\": The text is too long. Write at most 200 characters.");
    }

    @Test
    void brokenJsonGetsAClear400WithTheLine() {
        HttpResponse<String> response = admin("PUT", "/admin/institutions", "{\n  \"id\": \"x\",\n  \"name\": }");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(read(response.body()).path("problems").findValuesAsText("message"))
                .containsExactly("Filen er ikke gyldig JSON (se linje 3).");
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsRead() {
        ObjectNode huge = file(uniqueId("stor"), "Stor");
        huge.put("padding", "x".repeat(InstitutionParser.MAX_FILE_BYTES));

        HttpResponse<String> response = admin("PUT", "/admin/institutions", huge.toString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("Filen er for stor. Den må højst fylde 256 KB.");
    }

    @Test
    void replacingMovesATeamFromAnotherInstitutionAndSaysSo() {
        String first = uniqueId("foerste");
        String second = uniqueId("anden");
        String team = "19:team-" + first + "@thread.tacv2";
        admin("PUT", "/admin/institutions", withConversations(file(first, "Første"), List.of(), List.of(team)).toString());
        assertThat(admin("PUT", "/admin/institutions", file(second, "Anden").toString()).statusCode()).isEqualTo(201);

        HttpResponse<String> replaced = admin("PUT", "/admin/institutions",
                withConversations(file(second, "Anden, nu med team"), List.of(), List.of(team)).toString());

        assertThat(replaced.statusCode()).isEqualTo(200);
        JsonNode body = read(replaced.body());
        assertThat(body.path("replaced").asBoolean()).isTrue();
        assertThat(body.path("moved").findValuesAsText("message")).containsExactly(
                "Teamet \"" + team + "\" hørte til \"" + first + "\" og hører nu til \"" + second + "\".");
        assertThat(read(admin("GET", "/admin/institutions/" + first, null).body()).path("teams")).isEmpty();
        assertThat(read(admin("GET", "/admin/institutions/" + second, null).body()).path("name").asText())
                .isEqualTo("Anden, nu med team");
    }

    @Test
    void aReplacedFileThatLeavesATeamOutReleasesIt() {
        String id = uniqueId("slip");
        String team = "19:team-" + id + "@thread.tacv2";
        admin("PUT", "/admin/institutions", withConversations(file(id, "Slip"), List.of(), List.of(team)).toString());

        HttpResponse<String> replaced = admin("PUT", "/admin/institutions", file(id, "Slip").toString());

        assertThat(read(replaced.body()).path("released").findValuesAsText("id")).containsExactly(team);
        assertThat(read(admin("GET", "/admin/institutions/" + id, null).body()).path("teams")).isEmpty();
    }

    @Test
    void withoutTheRightKeyNothingIsShownOrChanged() throws Exception {
        String id = uniqueId("beskyttet");
        admin("PUT", "/admin/institutions", file(id, "Beskyttet").toString());

        HttpResponse<String> wrongPut = send(HttpRequest.newBuilder(uri("/admin/institutions")).header("X-Admin-Key", "wrong")
                .PUT(HttpRequest.BodyPublishers.ofString(file(id, "Overtaget").toString())));
        HttpResponse<String> noKeyList = send(HttpRequest.newBuilder(uri("/admin/institutions")).GET());
        HttpResponse<String> noKeyGet = send(HttpRequest.newBuilder(uri("/admin/institutions/" + id)).GET());
        HttpResponse<String> wrongDelete = send(HttpRequest.newBuilder(uri("/admin/institutions/" + id))
                .header("X-Admin-Key", ADMIN_KEY + "x").DELETE());

        assertThat(List.of(wrongPut.statusCode(), noKeyList.statusCode(), noKeyGet.statusCode(), wrongDelete.statusCode()))
                .containsOnly(401);
        assertThat(noKeyList.body()).doesNotContain(id);
        assertThat(read(admin("GET", "/admin/institutions/" + id, null).body()).path("name").asText()).isEqualTo("Beskyttet");
    }

    @Test
    void deletingRemovesTheInstitutionAndItsLinks() {
        String id = uniqueId("lukket");
        admin("PUT", "/admin/institutions",
                withConversations(file(id, "Lukket"), List.of("19:g-" + id + "@thread.v2"), List.of()).toString());

        HttpResponse<String> deleted = admin("DELETE", "/admin/institutions/" + id, null);

        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(read(deleted.body()).path("deleted").path("conversations").asInt()).isEqualTo(1);
        HttpResponse<String> gone = admin("GET", "/admin/institutions/" + id, null);
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(read(gone.body()).path("error").asText()).isEqualTo("Institutionen \"" + id + "\" findes ikke.");
        assertThat(admin("DELETE", "/admin/institutions/" + id, null).statusCode()).isEqualTo(404);
    }

    @Test
    void theSampleFileInTheRepositoryIsValid() throws IOException {
        String sample = Files.readString(Path.of("src/main/resources/institutions/eksempel.json"));
        String id = read(sample).path("id").asText();

        HttpResponse<String> response = admin("PUT", "/admin/institutions", sample);

        assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
        JsonNode stored = read(admin("GET", "/admin/institutions/" + id, null).body());
        assertThat(stored.path("vaerdisaet").findValuesAsText("id"))
                .containsExactly("naervaer", "nysgerrighed", "faellesskab", "respekt", "ansvar");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
