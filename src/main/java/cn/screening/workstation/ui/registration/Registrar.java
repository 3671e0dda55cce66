package cn.screening.workstation.ui.registration;

import cn.screening.workstation.service.RegistrationOutcome;
import cn.screening.workstation.service.RegistrationRequest;

/** Where the form sends a registration (the CaseRegistration service; a fake in ViewModel tests). */
@FunctionalInterface
public interface Registrar {
    RegistrationOutcome register(RegistrationRequest request);
}
