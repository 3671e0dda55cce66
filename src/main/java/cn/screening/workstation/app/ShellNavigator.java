package cn.screening.workstation.app;

import cn.screening.workstation.ui.shell.Navigator;
import cn.screening.workstation.ui.shell.Section;
import cn.screening.workstation.ui.shell.ShellController;

/** Screens ask the shell through this; it exists before the shell does (the screens are registered first). */
final class ShellNavigator implements Navigator {

    ShellController shell;

    @Override
    public void show(Section section) {
        if (shell != null) {
            shell.show(section);
        }
    }

    @Override
    public void showCasesOf(String idNumber) {
        if (shell != null) {
            shell.showCasesOf(idNumber);
        }
    }

    @Override
    public void dataChanged() {
        if (shell != null) {
            shell.dataChanged();
        }
    }

    void closeShell() {
        if (shell != null) {
            shell.close();
        }
    }
}
