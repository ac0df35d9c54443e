package io.mayorsdialogue.api.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.mayorsdialogue.api.support.ApiTest;
import io.mayorsdialogue.api.support.Fixtures;
import io.mayorsdialogue.api.support.Partners;
import io.mayorsdialogue.api.support.Partners.Partner;
import io.mayorsdialogue.client.ApiClient;
import io.mayorsdialogue.client.ApiException;
import io.mayorsdialogue.client.api.RegistrationsApi;
import io.mayorsdialogue.client.api.TopicsApi;
import io.mayorsdialogue.client.model.Delegate;
import io.mayorsdialogue.client.model.DelegateRole;
import io.mayorsdialogue.client.model.Registration;
import io.mayorsdialogue.client.model.RegistrationStatus;
import io.mayorsdialogue.client.model.Topic;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The client a Java integration generates from openapi.yaml ({@code java}/{@code native}, built by the pom's
 * {@code java-client} execution), used as its authors would: base URI from the contract's absolute server, a bearer
 * key, an Idempotency-Key, the ETag back in If-Match. Compiles only while the contract keeps the shapes it relies on.
 */
@QuarkusTest
class JavaClientTest extends ApiTest {

    /** The contract's absolute server with {@code host} set to where the test instance listens. */
    private static ApiClient client(String key) throws Exception {
        JsonNode absolute = new YAMLMapper().readTree(CONTRACT).path("servers").get(1);
        String host = "localhost:" + ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        String base = absolute.path("url").asText()
                .replace("{scheme}", absolute.path("variables").path("scheme").path("default").asText())
                .replace("{host}", host);
        ApiClient client = new ApiClient();
        client.updateBaseUri(base);
        if (key != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + key));
        }
        return client;
    }

    @Test
    void anOrganiserCreatesAndAnyoneReadsThroughTheGeneratedClient() throws Exception {
        String title = "Java client topic " + unique();
        Topic created = new TopicsApi(client(ORGANISER_KEY)).createTopic(new Topic().title(title), "java-" + unique());
        Topic read = new TopicsApi(client(null)).getTopic(created.getId(), null, null);
        assertThat(read.getTitle()).isEqualTo(title);
        assertThat(read.getId()).isEqualTo(created.getId());
    }

    @Test
    void aPartnerRegistersAndAmendsWithTheETagItWasGiven() throws Exception {
        Fixtures.country("JP", "Japan");
        String host = Fixtures.city("Java host " + unique(), "JP", "Asia/Tokyo");
        String event = Partners.openEvent("Java client forum " + unique(), host, null);
        Partner partner = Partners.create("JP", "Java city " + unique());
        RegistrationsApi api = new RegistrationsApi(client(partner.apiKey()));

        Registration delegation = new Registration().headMayorId(partner.mayorId()).delegates(List.of(
                new Delegate().fullName("Interpreter " + unique()).role(DelegateRole.INTERPRETER).languages(Set.of("ja", "zh"))));
        Registration created = api.createRegistration(event, delegation, "java-reg-" + unique());
        assertThat(created.getStatus()).isEqualTo(RegistrationStatus.PENDING); // the organiser has not approved it yet

        var current = api.getRegistrationWithHttpInfo(event, created.getId(), null);
        String etag = current.getHeaders().get("etag").get(0);
        Registration amended = api.replaceRegistration(event, created.getId(), etag, delegation.notes("Arriving by ferry"));
        assertThat(amended.getNotes()).isEqualTo("Arriving by ferry");

        assertThatThrownBy(() -> api.replaceRegistration(event, created.getId(), etag, delegation.notes("Stale")))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(412);
                    assertThat(problemType(e)).endsWith("/precondition-failed");
                });
    }

    /** readOnly in the contract: the generated model offers no way to send a status. */
    @Test
    void theGeneratedModelCannotSetAServerOwnedStatus() {
        assertThat(Arrays.stream(Registration.class.getMethods()).map(m -> m.getName()))
                .contains("getStatus").doesNotContain("status", "setStatus");
    }

    @Test
    void errorsArriveAsProblemDetailsTheClientCanRead() throws Exception {
        TopicsApi anonymous = new TopicsApi(client(null));
        assertThatThrownBy(() -> anonymous.getTopic("no-such-topic-" + unique(), null, null))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(404);
                    assertThat(problemType(e)).endsWith("/not-found");
                });
        assertThatThrownBy(() -> anonymous.createTopic(new Topic().title("Anonymous " + unique()), null))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(401));
    }

    private static String problemType(ApiException e) {
        try {
            return new ObjectMapper().readTree(e.getResponseBody()).path("type").asText();
        } catch (Exception unreadable) {
            throw new AssertionError("Not a JSON problem: " + e.getResponseBody(), unreadable);
        }
    }
}
