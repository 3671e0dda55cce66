package cn.screening.workstation.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.screening.workstation.protocol.Release;
import cn.screening.workstation.server.AdminRefused;
import cn.screening.workstation.service.Texts;
import cn.screening.workstation.sync.SyncStatus;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The province names the oldest workstation release it still wants; a workstation older than that
 * learns it with its next pull, says 请升级 in the status bar, and goes on working and syncing.
 */
@Tag("slow")
class UpgradeAdviceTest {

    static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @TempDir
    Path dir;

    @Test
    void anOlderWorkstationIsToldToUpgradeAndKeepsWorking() {
        try (Province province = Province.start(dir.resolve("server"));
             Station county = Station.enrolled(dir.resolve("county"), Province.YIXIAN, province, province.url())) {
            SyncStatus status = new SyncStatus(county.ws.syncStore(), new Texts(Locale.SIMPLIFIED_CHINESE)::get);
            assertThat(county.sync().failure()).isNull();
            assertThat(status.refresh().upgradeTo()).isNull();

            // the province's own release is no reason to upgrade
            province.services.administration().setSetting(Release.MIN_CLIENT_SETTING, JSON.textNode(Release.CURRENT));
            assertThat(county.sync().failure()).isNull();
            assertThat(status.refresh().upgradeTo()).isNull();

            province.services.administration().setSetting(Release.MIN_CLIENT_SETTING, JSON.textNode("9.1"));
            assertThat(county.sync().failure()).isNull();
            assertThat(status.refresh().upgradeTo()).isEqualTo("9.1");

            // still at work: a new patient is registered here and reaches the server
            county.register("王小明");
            assertThat(county.sync().allClear()).isTrue();
            assertThat(status.refresh().upgradeTo()).isEqualTo("9.1");

            assertThatThrownBy(() -> province.services.administration().setSetting(Release.MIN_CLIENT_SETTING, JSON.textNode("新版")))
                    .isInstanceOf(AdminRefused.class).hasMessageContaining("须为版本号");
        }
    }
}
