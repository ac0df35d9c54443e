package io.mayorsdialogue.api.web;

import io.agroal.api.AgroalDataSource;
import io.mayorsdialogue.api.support.ApiTest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * With every pooled connection taken, a request gets a prompt 503 problem with Retry-After (after the pool's
 * acquisition timeout, 1 s in the test profile), never a hang; once connections return, service resumes.
 */
@QuarkusTest
class PoolExhaustionTest extends ApiTest {

    @Inject
    AgroalDataSource pool;

    @Test
    void anExhaustedPoolAnswers503AndRecovers() throws Exception {
        List<Connection> held = new ArrayList<>();
        try {
            int max = pool.getConfiguration().connectionPoolConfiguration().maxSize();
            for (int i = 0; i < max; i++) {
                held.add(pool.getConnection());
            }
            given().get("/countries").then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", "1").body("status", equalTo(503));
        } finally {
            for (Connection c : held) {
                c.close();
            }
        }
        given().get("/countries").then().statusCode(200);
    }
}
