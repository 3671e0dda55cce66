package cn.screening.workstation.service;

/** What the settings page needs: the settings saved beside the store; fulfilled by {@link SettingsFile}. */
@FunctionalInterface
public interface SettingsPort {

    void save(Settings settings);
}
