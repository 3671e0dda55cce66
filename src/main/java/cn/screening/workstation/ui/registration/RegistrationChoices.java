package cn.screening.workstation.ui.registration;

import cn.screening.workstation.domain.cases.Disease;
import cn.screening.workstation.domain.division.Division;
import cn.screening.workstation.domain.reference.Ethnicity;
import cn.screening.workstation.service.RuleBook;
import cn.screening.workstation.ui.common.Tasks;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** What the registration form offers: the county's townships and a township's villages, the ethnicities, the diseases. */
public final class RegistrationChoices {

    private final Tasks tasks;
    private final RuleBook rules;
    private final ObservableList<Disease> diseases = FXCollections.observableArrayList();
    private final ObservableList<Division> townships = FXCollections.observableArrayList();
    private final ObservableList<String> villages = FXCollections.observableArrayList();
    private final ObservableList<Ethnicity> ethnicities = FXCollections.observableArrayList();

    RegistrationChoices(Tasks tasks, RuleBook rules) {
        this.tasks = tasks;
        this.rules = rules;
    }

    /** Reads the county's townships, the ethnicity table and the disease list in the background, then runs {@code loaded}. */
    void load(String countyCode, Runnable loaded) {
        tasks.run(() -> new Lists(rules.divisions().children(countyCode), Ethnicity.all(), rules.diseases().active()))
                .onSuccess(lists -> {
                    townships.setAll(lists.townships());
                    ethnicities.setAll(lists.ethnicities());
                    diseases.setAll(lists.diseases());
                    loaded.run();
                })
                .start();
    }

    private record Lists(List<Division> townships, List<Ethnicity> ethnicities, List<Disease> diseases) {
    }

    /** The villages of the chosen township, read in the background; none without a township. */
    void villagesOf(Division township) {
        villages.clear();
        if (township != null) {
            tasks.run(() -> rules.divisions().villages(township.code()).stream().map(Division::name).toList())
                    .onSuccess(villages::setAll)
                    .start();
        }
    }

    public ObservableList<Disease> diseases() {
        return diseases;
    }

    public ObservableList<Division> townships() {
        return townships;
    }

    public ObservableList<String> villages() {
        return villages;
    }

    public ObservableList<Ethnicity> ethnicities() {
        return ethnicities;
    }
}
