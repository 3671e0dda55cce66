package cn.screening.workstation.ui.cases;

import cn.screening.workstation.domain.cases.ScreeningCase;
import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.domain.screening.HemophiliaScreening;
import cn.screening.workstation.domain.screening.LabValue;
import cn.screening.workstation.service.CaseDetails;
import cn.screening.workstation.service.Texts;
import cn.screening.workstation.ui.common.Forms;
import cn.screening.workstation.ui.common.I18n;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.GridPane;

/** One case opened in full: the patient (ID masked), the screening form, the classification and its reasons. */
public final class CaseDetailsController {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final I18n i18n;
    private final Texts texts;
    private final ZoneId zone;

    @FXML private GridPane patientGrid;
    @FXML private GridPane screeningGrid;
    @FXML private Label classificationLabel;
    @FXML private ListView<String> reasonList;

    public CaseDetailsController(I18n i18n, Texts texts, ZoneId zone) {
        this.i18n = i18n;
        this.texts = texts;
        this.zone = zone;
    }

    public void show(CaseDetails d) {
        Patient p = d.patient();
        ScreeningCase c = d.screeningCase();
        int row = 0;
        row = line(patientGrid, row, "cases.column.caseNo", d.caseNo());
        row = line(patientGrid, row, "patient.name", p.name());
        row = line(patientGrid, row, "patient.idNumber", d.maskedIdNumber());
        row = line(patientGrid, row, "patient.sex", i18n.label(p.sex()));
        row = line(patientGrid, row, "patient.birthDate", p.birthDate() == null ? "" : p.birthDate().toString());
        row = line(patientGrid, row, "patient.township", d.townshipName());
        row = line(patientGrid, row, "cases.column.disease", d.diseaseName());
        row = line(patientGrid, row, "cases.column.status", i18n.label(c.status()));
        line(patientGrid, row, "cases.column.registered", c.registeredAt() == null ? "" : WHEN.format(c.registeredAt().atZone(zone)));
        HemophiliaScreening s = c.screening();
        if (s != null) {
            int r = 0;
            r = line(screeningGrid, r, "screening.triggers", String.join(i18n.get("list.separator"),
                    s.triggers().keySet().stream().sorted().map(i18n::label).toList()));
            r = line(screeningGrid, r, "screening.familyHistory", i18n.get(s.familyHistory() ? "common.yes" : "common.no"));
            r = line(screeningGrid, r, "Lab.APTT", lab(s.aptt()));
            r = line(screeningGrid, r, "Lab.PT", lab(s.pt()));
            r = line(screeningGrid, r, "Lab.TT", lab(s.tt()));
            r = line(screeningGrid, r, "Lab.FIB", lab(s.fib()));
            r = line(screeningGrid, r, "Lab.PLT", lab(s.plt()));
            line(screeningGrid, r, "screening.mixing", i18n.label(s.mixing().outcome()));
        }
        if (d.screening() != null) {
            classificationLabel.setText(i18n.label(d.screening().cls()));
            Forms.wrappingCells(reasonList);
            reasonList.getItems().setAll(d.screening().reasonKeys().stream().map(k -> texts.get(k)).toList());
        } else {
            classificationLabel.setText(s == null ? "" : i18n.label(s.classification()));
        }
    }

    private String lab(LabValue v) {
        if (v == null || v.value() == null) {
            return i18n.get("screening.lab.notDone");
        }
        String range = v.hasRange() ? i18n.get("screening.lab.range", v.refLow().toPlainString(), v.refHigh().toPlainString()) : "";
        return v.value().toPlainString() + " " + range;
    }

    private int line(GridPane grid, int row, String key, String value) {
        Label name = new Label(i18n.get(key));
        name.getStyleClass().add("detail-name");
        Label text = new Label(value == null ? "" : value);
        text.setWrapText(true);
        grid.addRow(row, name, text);
        return row + 1;
    }
}
