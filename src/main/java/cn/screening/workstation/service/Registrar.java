package cn.screening.workstation.service;


/** Where the registration form sends a case; fulfilled by {@link CaseRegistration} (a fake in view-model tests). */
@FunctionalInterface
public interface Registrar {
    RegistrationOutcome register(RegistrationRequest request);
}
