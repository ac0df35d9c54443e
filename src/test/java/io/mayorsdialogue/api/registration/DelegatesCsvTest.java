package io.mayorsdialogue.api.registration;

import io.mayorsdialogue.api.city.CitySummary;
import io.mayorsdialogue.api.csv.Csv;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The organiser's delegate sheet: RFC 4180 quoting and spreadsheet-formula neutralising, without a server. */
class DelegatesCsvTest {

    @Test
    void cellsThatASpreadsheetWouldRunAreDefused() {
        assertThat(Csv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(Csv.cell("+81 90")).isEqualTo("'+81 90");
        assertThat(Csv.cell("-1")).isEqualTo("'-1");
        assertThat(Csv.cell("@SUM")).isEqualTo("'@SUM");
        assertThat(Csv.cell("Mori, Haruka")).isEqualTo("\"Mori, Haruka\"");
        assertThat(Csv.cell(null)).isEmpty();
        assertThat(Csv.cell("Lin Wei")).isEqualTo("Lin Wei");
    }

    @Test
    void eachDelegationHasItsHeadThenOneRowPerMember() {
        UUID city = UUID.randomUUID();
        UUID head = UUID.randomUUID();
        Registration r = new Registration();
        r.id = UUID.randomUUID();
        r.cityId = city;
        r.headMayorId = head;
        r.status = RegistrationStatus.CONFIRMED;
        r.createdAt = Instant.now();
        Delegate d = new Delegate();
        d.fullName = "Lin Wei";
        d.role = DelegateRole.INTERPRETER;
        d.email = "lin.wei@example.org";
        d.languages = List.of("ja", "zh");
        r.delegates.add(d);
        String csv = DelegatesCsv.rows(List.of(r), Map.of(city, new CitySummary(city, "Shimonoseki", "JP")), Map.of(head, "Haruka Mori"));
        assertThat(csv.split("\r\n")).containsExactly(
                r.id + "," + city + ",Shimonoseki,JP,CONFIRMED,Haruka Mori,HEAD,,",
                r.id + "," + city + ",Shimonoseki,JP,CONFIRMED,Lin Wei,INTERPRETER,lin.wei@example.org,ja zh");
    }
}
