package io.mayorsdialogue.api.webhook;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Where webhooks may not point when private targets are not allowed (production), without DNS for literals. */
class TargetPolicyTest {

    private final TargetPolicy production = new TargetPolicy(false);

    @Test
    void privateLoopbackLinkLocalAndMetadataAddressesAreRefused() {
        for (String url : new String[] {"http://127.0.0.1/hook", "http://localhost:8080/", "http://10.1.2.3/", "http://192.168.1.1/",
                "http://172.16.0.5/", "http://169.254.169.254/latest/meta-data/", "http://[::1]/", "http://[fd00::1]/",
                "http://0.0.0.0/", "http://100.64.0.1/"}) {
            assertThat(production.refusal(url)).as(url).isPresent();
        }
    }

    @Test
    void onlyHttpAndHttpsWithoutCredentials() {
        assertThat(production.refusal("ftp://93.184.216.34/")).hasValueSatisfying(m -> assertThat(m).contains("http"));
        assertThat(production.refusal("http://user:pass@93.184.216.34/")).isPresent();
        assertThat(production.refusal("https://93.184.216.34/hook")).isEmpty();
        assertThat(new TargetPolicy(true).refusal("http://127.0.0.1/hook")).isEmpty();
    }
}
