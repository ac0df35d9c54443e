package io.mayorsdialogue.api;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThatCode;

@QuarkusTest
class SchemaMigrationsTest {

    @Inject
    Flyway flyway;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void thisReleaseStartsOnASchemaTheNextReleaseHasMigrated() throws SQLException {
        // a rolling deploy: the new release's instance migrated first, then one of this release's restarts; at start
        // Flyway validates what is applied against the migrations it has before it migrates
        execute("insert into flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                + " installed_by, execution_time, success) select max(installed_rank) + 1, '9999', 'next release', 'SQL',"
                + " 'V9999__next_release.sql', 0, current_user, 0, true from flyway_schema_history");
        try {
            assertThatCode(flyway::validate).doesNotThrowAnyException();
            assertThatCode(flyway::migrate).doesNotThrowAnyException();
        } finally {
            execute("delete from flyway_schema_history where version = '9999'");
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
