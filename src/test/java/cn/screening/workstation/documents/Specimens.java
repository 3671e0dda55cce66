package cn.screening.workstation.documents;

import cn.screening.workstation.documents.label.TubeLabel;
import cn.screening.workstation.documents.manifest.ManifestLine;
import cn.screening.workstation.domain.identity.Masking;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Input records as the specimen and referral screens will build them: masked with the domain's Masking. */
final class Specimens {

    /** Valid resident ID numbers (GB 11643 test vectors): they must never appear on paper. */
    static final String FULL_ID = "11010519491231002X";
    static final String OTHER_FULL_ID = "440524188001010014";
    static final String CITRATE = "枸橼酸钠抗凝全血 3.2%";

    private Specimens() {
    }

    static MaskedPatient patient(String fullName, String caseNumber) {
        return new MaskedPatient(Masking.name(fullName), "男", "8岁", caseNumber, Masking.idNumber(FULL_ID));
    }

    static String sampleId(int sequence) {
        return String.format("2107270001-%06d", sequence);
    }

    static String caseNumber(int sequence) {
        return String.format("2107270001-2026-%05d", sequence);
    }

    static TubeLabel label(int sequence) {
        return new TubeLabel(sampleId(sequence), patient("张小明", caseNumber(sequence)), LocalDate.of(2018, 3, 2),
                LocalDateTime.of(2026, 11, 26, 8, 30), CITRATE, "李护士");
    }

    static ManifestLine line(int sequence) {
        return new ManifestLine(sampleId(sequence), patient(sequence % 2 == 0 ? "王大力" : "欧阳娜娜", caseNumber(sequence)),
                LocalDateTime.of(2026, 11, 25, 9, 0).plusMinutes(sequence), "冻存乏血小板血浆", 2, new BigDecimal("0.5"),
                "FⅧ:C、FⅨ:C、vWF:Ag、抑制物");
    }
}
