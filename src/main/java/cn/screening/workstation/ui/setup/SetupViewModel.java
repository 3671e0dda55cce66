package cn.screening.workstation.ui.setup;

import cn.screening.workstation.domain.division.Division;
import cn.screening.workstation.domain.division.DivisionCatalogue;
import cn.screening.workstation.domain.site.InstitutionType;
import cn.screening.workstation.domain.site.SiteProfile;
import cn.screening.workstation.service.PasswordPolicy;
import cn.screening.workstation.service.ServiceException;
import cn.screening.workstation.service.SetupPort;
import cn.screening.workstation.service.SiteCodes;
import cn.screening.workstation.service.Texts;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.Tasks;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The first-start wizard: 1 institution, 2 its place (province → city → county → township),
 * 3 the first administrator; then the workstation is set up in the background.
 */
public final class SetupViewModel {

    public static final int LAST_STEP = 2;

    private final SetupPort workstation;
    private final DivisionCatalogue divisions;
    private final Tasks tasks;
    private final I18n i18n;
    private final Texts texts;
    private final Runnable onDone;

    private final IntegerProperty step = new SimpleIntegerProperty(0);
    private final ObjectProperty<InstitutionType> type = new SimpleObjectProperty<>(InstitutionType.TOWNSHIP);
    private final StringProperty name = new SimpleStringProperty("");
    private final ObservableList<Division> provinces = FXCollections.observableArrayList();
    private final ObservableList<Division> cities = FXCollections.observableArrayList();
    private final ObservableList<Division> counties = FXCollections.observableArrayList();
    private final ObservableList<Division> townships = FXCollections.observableArrayList();
    private final ObjectProperty<Division> province = new SimpleObjectProperty<>();
    private final ObjectProperty<Division> city = new SimpleObjectProperty<>();
    private final ObjectProperty<Division> county = new SimpleObjectProperty<>();
    private final ObjectProperty<Division> township = new SimpleObjectProperty<>();
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty displayName = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty passwordAgain = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public SetupViewModel(SetupPort workstation, DivisionCatalogue divisions, Tasks tasks, I18n i18n, Texts texts,
                          Runnable onDone) {
        this.workstation = workstation;
        this.divisions = divisions;
        this.tasks = tasks;
        this.i18n = i18n;
        this.texts = texts;
        this.onDone = onDone;
        cascade(province, cities, city, divisions::children);
        cascade(city, counties, county, divisions::children);
        cascade(county, townships, township, divisions::children);
    }

    /** Reads the provinces (a file in the jar) in the background. */
    public void load() {
        tasks.run(divisions::provinces).onSuccess(provinces::setAll).busy(busy).start();
    }

    // a choice one level up refills the level below, read in the background (townships are a gzipped table)
    private void cascade(ObjectProperty<Division> parent, ObservableList<Division> children, ObjectProperty<Division> child,
                         Function<String, List<Division>> read) {
        parent.addListener((obs, old, now) -> {
            child.set(null);
            children.clear();
            if (now != null) {
                tasks.run(() -> read.apply(now.code())).onSuccess(children::setAll).busy(busy).start();
            }
        });
    }

    public void back() {
        message.set("");
        step.set(Math.max(0, step.get() - 1));
    }

    /** Checks the step; moves on, or on the last step sets the workstation up. */
    public void next() {
        String problem = problemOfStep(step.get());
        message.set(problem == null ? "" : problem);
        if (problem != null) {
            return;
        }
        if (step.get() < LAST_STEP) {
            step.set(step.get() + 1);
        } else {
            finish();
        }
    }

    private String problemOfStep(int s) {
        return switch (s) {
            case 0 -> type.get() == null ? i18n.get("setup.type.required")
                    : name.get().isBlank() ? i18n.get("setup.name.required") : null;
            case 1 -> placeProblem();
            default -> adminProblem();
        };
    }

    private String placeProblem() {
        if (county.get() == null) {
            return i18n.get("setup.county.required");
        }
        if (type.get() == InstitutionType.TOWNSHIP && township.get() == null) {
            return i18n.get("setup.township.required");
        }
        return null;
    }

    private String adminProblem() {
        if (!PasswordPolicy.validUsername(username.get())) {
            return texts.get("error.username.invalid");
        }
        if (displayName.get().isBlank()) {
            return texts.get("error.displayname.required");
        }
        if (!password.get().equals(passwordAgain.get())) {
            return i18n.get("common.password.mismatch");
        }
        return PasswordPolicy.problem(password.get().toCharArray()).map(texts::get).orElse(null);
    }

    public SiteProfile site() {
        Division place = township.get() != null ? township.get() : county.get();
        String division = SiteCodes.check(type.get(), place.code(), divisions);
        return new SiteProfile(SiteCodes.derive(type.get(), division), type.get(), division, name.get().trim());
    }

    private void finish() {
        SiteProfile site;
        try {
            site = site();
        } catch (ServiceException e) {
            message.set(texts.of(e));
            return;
        }
        String user = username.get().trim();
        String full = displayName.get().trim();
        char[] pw = password.get().toCharArray();
        tasks.run(() -> workstation.setUp(site, user, full, pw))
                .onSuccess(v -> onDone.run())
                .onError(ServiceException.class, e -> message.set(texts.of(e)))
                .busy(busy)
                .start();
    }

    public BooleanBinding onLastStep() {
        return step.isEqualTo(LAST_STEP);
    }

    public BooleanBinding townshipNeeded() {
        return Bindings.equal(type, InstitutionType.TOWNSHIP);
    }

    public IntegerProperty step() {
        return step;
    }

    public ObjectProperty<InstitutionType> type() {
        return type;
    }

    public StringProperty name() {
        return name;
    }

    public ObservableList<Division> provinces() {
        return provinces;
    }

    public ObservableList<Division> cities() {
        return cities;
    }

    public ObservableList<Division> counties() {
        return counties;
    }

    public ObservableList<Division> townships() {
        return townships;
    }

    public ObjectProperty<Division> province() {
        return province;
    }

    public ObjectProperty<Division> city() {
        return city;
    }

    public ObjectProperty<Division> county() {
        return county;
    }

    public ObjectProperty<Division> township() {
        return township;
    }

    public StringProperty username() {
        return username;
    }

    public StringProperty displayName() {
        return displayName;
    }

    public StringProperty password() {
        return password;
    }

    public StringProperty passwordAgain() {
        return passwordAgain;
    }

    public StringProperty message() {
        return message;
    }

    public BooleanProperty busy() {
        return busy;
    }
}
