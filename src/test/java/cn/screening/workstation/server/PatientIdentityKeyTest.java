package cn.screening.workstation.server;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.site.InstitutionType;
import cn.screening.workstation.protocol.ChangeResult;
import cn.screening.workstation.protocol.ChangeStatus;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.protocol.PushRequest;
import cn.screening.workstation.server.store.StoreTarget;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The county twin of a patient is found by an indexed identity key; a store of the release before the
 * key (patients without it) gets it at the next open, so a duplicate is still found.
 */
class PatientIdentityKeyTest {

    static final String COUNTY = "210727-C";
    static final LocalDate BORN = LocalDate.of(1980, 5, 1);

    @TempDir
    Path dir;

    @Test
    void patientsStoredWithoutTheKeyAreGivenItAtOpenAndTheirTwinsRefused() throws Exception {
        StoreTarget target = StoreTarget.h2(dir);
        String id = Records.residentId("210727", BORN, 11);
        UUID first = UUID.randomUUID();
        UUID device = UUID.randomUUID();
        try (ServerServices s = ServerServices.open(target, 2, Clock.systemUTC())) {
            s.administration().addSite(COUNTY, InstitutionType.COUNTY, "210727", "义县人民医院", null);
            assertThat(push(s, device, first, id).status()).isEqualTo(ChangeStatus.APPLIED);
        }
        try (Connection c = DriverManager.getConnection(target.url(), target.user(), target.password());
             Statement st = c.createStatement()) {
            assertThat(st.executeUpdate("UPDATE sync_record SET identity_key = NULL WHERE entity_type = 'patient'")).isEqualTo(1);
        }
        try (ServerServices s = ServerServices.open(target, 2, Clock.systemUTC())) {
            ChangeResult twin = push(s, device, UUID.randomUUID(), id);
            assertThat(twin.status()).isEqualTo(ChangeStatus.REJECTED);
            assertThat(twin.reasons()).singleElement().satisfies(r -> {
                assertThat(r.code()).isEqualTo("duplicate_id_number");
                assertThat(r.existingId()).isEqualTo(first);
            });
            assertThat(push(s, device, UUID.randomUUID(), Records.residentId("210727", BORN, 13)).status())
                    .isEqualTo(ChangeStatus.APPLIED);
        }
    }

    private static ChangeResult push(ServerServices s, UUID device, UUID patient, String idNumber) {
        var change = Records.create(EntityTypes.PATIENT, patient, Records.patient(patient, "张伟", COUNTY, idNumber, BORN));
        return s.push().push(device, COUNTY, new PushRequest(UUID.randomUUID(), List.of(change))).response().results().get(0);
    }
}
