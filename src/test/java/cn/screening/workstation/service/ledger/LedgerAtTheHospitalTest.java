package cn.screening.workstation.service.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.screening.workstation.service.ServiceException;
import cn.screening.workstation.service.referral.CareFixture;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A designated hospital treats on the county's rows; it opens none, since no county would see them. */
class LedgerAtTheHospitalTest {

    @TempDir
    Path dir;

    @Test
    void theHospitalOpensNoRow() {
        try (CareFixture f = new CareFixture(dir)) {
            assertThatThrownBy(() -> f.hospitalServices.ledger().open(UUID.randomUUID(), "HEMOPHILIA", "D66", null, LocalDate.of(2026, 1, 5)))
                    .isInstanceOfSatisfying(ServiceException.class, e -> assertThat(e.messageKey()).isEqualTo("ledger.open.county_only"));
            assertThat(f.hospital.database().<Long>read(tx -> f.hospital.ledger().count(tx, "TRUE"))).isZero();
        }
    }
}
