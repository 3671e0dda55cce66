package cn.screening.workstation.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.service.ServiceException;
import cn.screening.workstation.service.SyncSettingsPort;
import cn.screening.workstation.ui.Kits;
import cn.screening.workstation.ui.RecordingErrors;
import org.junit.jupiter.api.Test;

/** Enrolment shows the site or the refusal as a sentence; a new address keeps the enrolment. */
class SyncSettingsViewModelTest {

    SyncSettingsPort.Enrolment state = new SyncSettingsPort.Enrolment(false, null, null);
    int started;

    final SyncSettingsViewModel vm = new SyncSettingsViewModel(new SyncSettingsPort() {
        @Override
        public Enrolment current() {
            return state;
        }

        @Override
        public String enrol(String serverUrl, String code) {
            if (!"GOOD".equals(code)) {
                throw new ServiceException("sync.enrol.otherSite", "210726-C", "210727102-T");
            }
            state = new Enrolment(true, "210727102-T", serverUrl);
            return "七里河镇卫生院（210727102-T）";
        }

        @Override
        public void changeServer(String serverUrl) {
            if (!serverUrl.startsWith("http")) {
                throw new ServiceException("sync.server.invalid", serverUrl);
            }
            state = new Enrolment(true, state.siteCode(), serverUrl);
        }
    }, true, Kits.direct(new RecordingErrors()), () -> started++);

    @Test
    void enrolShowsTheSiteAndStartsSync() {
        vm.load();
        assertThat(vm.state().get()).startsWith("本工作站尚未登记");
        vm.serverUrl().set("https://sync.example.cn");
        vm.code().set("GOOD");
        vm.enrol();
        assertThat(vm.message().get()).isEqualTo("登记成功：七里河镇卫生院（210727102-T）");
        assertThat(vm.messageIsError().get()).isFalse();
        assertThat(vm.state().get()).isEqualTo("本工作站已登记为站点 210727102-T，服务器 https://sync.example.cn");
        assertThat(vm.enrolled().get()).isTrue();
        assertThat(started).isEqualTo(1);
    }

    @Test
    void aRefusalIsTheServicesSentence() {
        vm.serverUrl().set("https://sync.example.cn");
        vm.code().set("OTHER");
        vm.enrol();
        assertThat(vm.message().get()).isEqualTo("该登记码属于站点 210726-C，而本工作站是站点 210727102-T，不能用于本机。");
        assertThat(vm.messageIsError().get()).isTrue(); // red, never the success green
        assertThat(started).isZero();
        vm.code().set("GOOD");
        vm.enrol();
        assertThat(vm.messageIsError().get()).isFalse();
        vm.code().set(" ");
        vm.enrol();
        assertThat(vm.message().get()).isEqualTo("请输入省级平台发放的登记码。");
        assertThat(vm.messageIsError().get()).isTrue();
    }

    @Test
    void changeServerKeepsTheEnrolment() {
        state = new SyncSettingsPort.Enrolment(true, "210727102-T", "https://old.example.cn");
        vm.serverUrl().set("ftp://nowhere");
        vm.changeServer();
        assertThat(vm.message().get()).startsWith("服务器地址无效");
        vm.serverUrl().set("https://new.example.cn");
        vm.changeServer();
        assertThat(vm.message().get()).isEqualTo("服务器地址已改为 https://new.example.cn，设备登记保持不变。");
        assertThat(vm.state().get()).endsWith("https://new.example.cn");
    }
}
