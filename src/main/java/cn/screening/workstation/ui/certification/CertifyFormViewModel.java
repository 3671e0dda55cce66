package cn.screening.workstation.ui.certification;

import cn.screening.workstation.domain.ledger.Certification;
import cn.screening.workstation.service.InvalidInput;
import cn.screening.workstation.service.ServiceException;
import cn.screening.workstation.service.ledger.CertificationPort;
import cn.screening.workstation.service.ledger.CertificationRow;
import cn.screening.workstation.ui.common.FieldProblems;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.Tasks;
import cn.screening.workstation.ui.shell.ScreenKit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The verdict on one ledger row: 已认定 or 不予认定 with its reason, the offices consulted (民政, 扶贫,
 * 医保 and any other), saved in the background; who and when are the logged-in user and today.
 */
public final class CertifyFormViewModel {

    /** The offices a county usually consults, offered as boxes; others are typed. */
    public static final List<String> OFFICES = List.of("民政", "扶贫", "医保");

    private final CertificationPort port;
    private final Tasks tasks;
    private final I18n i18n;
    private final FieldProblems problems;
    private final ObjectProperty<Certification> verdict = new SimpleObjectProperty<>(Certification.CERTIFIED);
    private final StringProperty reason = new SimpleStringProperty("");
    private final List<BooleanProperty> offices = OFFICES.stream().<BooleanProperty>map(o -> new SimpleBooleanProperty()).toList();
    private final StringProperty otherOffices = new SimpleStringProperty("");
    private final StringProperty patient = new SimpleStringProperty("");
    private final StringProperty who = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private UUID rowId;
    private Runnable saved = () -> { };

    public CertifyFormViewModel(CertificationPort port, ScreenKit kit) {
        this.port = port;
        this.tasks = kit.tasks();
        this.i18n = kit.i18n();
        this.problems = new FieldProblems(kit.texts(), kit.i18n());
        who.set(i18n.get("certification.form.who", port.certifier(), LocalDate.now(kit.clock()).toString()));
    }

    /** The form for this row, its verdict so far filled in; {@code saved} runs once the verdict is stored. */
    public void start(CertificationRow row, Runnable saved) {
        this.rowId = row.id();
        this.saved = saved;
        patient.set(i18n.get("certification.form.patient", row.name(), row.idNumber(), row.disease()));
        if (row.certification() != Certification.PENDING) {
            verdict.set(row.certification());
            reason.set(row.reason() == null ? "" : row.reason());
            List<String> others = new ArrayList<>(row.officesConsulted());
            for (int i = 0; i < OFFICES.size(); i++) {
                offices.get(i).set(others.remove(OFFICES.get(i)));
            }
            otherOffices.set(String.join("、", others));
        }
    }

    /** The offices ticked, then the others typed (separated by 、 , ， ; or spaces). */
    List<String> officesConsulted() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < OFFICES.size(); i++) {
            if (offices.get(i).get()) {
                out.add(OFFICES.get(i));
            }
        }
        Arrays.stream(otherOffices.get() == null ? new String[0] : otherOffices.get().split("[、,，;；\\s]+"))
                .map(String::strip).filter(s -> !s.isEmpty() && !out.contains(s)).forEach(out::add);
        return out;
    }

    public void save() {
        UUID id = rowId;
        Certification v = verdict.get();
        String why = v == Certification.NOT_CERTIFIED ? reason.get() : null;
        List<String> consulted = officesConsulted(); // read here, on the FX thread, as the form stands
        error.set("");
        if (v == null) {
            error.set(i18n.get("certification.form.pickVerdict"));
            return;
        }
        tasks.run(() -> port.certify(id, v, why, consulted))
                .onSuccess(x -> saved.run())
                .onError(InvalidInput.class, e -> error.set(e.result().errors().stream().map(problems::describe)
                        .collect(Collectors.joining("\n"))))
                .onError(ServiceException.class, e -> error.set(problems.sentence(e)))
                .busy(busy)
                .start();
    }

    public ObjectProperty<Certification> verdict() {
        return verdict;
    }

    public StringProperty reason() {
        return reason;
    }

    public BooleanProperty office(int i) {
        return offices.get(i);
    }

    public StringProperty otherOffices() {
        return otherOffices;
    }

    public StringProperty patient() {
        return patient;
    }

    public StringProperty who() {
        return who;
    }

    public StringProperty error() {
        return error;
    }

    public BooleanProperty busy() {
        return busy;
    }
}
