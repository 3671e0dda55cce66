package cn.screening.workstation.cli;

import cn.screening.workstation.service.Texts;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/** What the demonstration prints (and keeps in its folder): the server, and per site the window's command and accounts. */
final class DemoGuide {

    private final Path dir;
    private final String serverUrl;
    private final String launcher;
    private final ResourceBundle ui = Texts.bundle("cn.screening.workstation.i18n.ui", Locale.SIMPLIFIED_CHINESE);

    DemoGuide(Path dir, String serverUrl, String launcher) {
        this.dir = dir;
        this.serverUrl = serverUrl;
        this.launcher = launcher;
    }

    /** @param passwords user@folder → password, as {@link DemoStations} made them */
    String text(Map<String, String> passwords, List<String> warnings) {
        StringBuilder b = new StringBuilder();
        b.append("县域筛查转诊工作站 · 演示 / demonstration\n");
        b.append("省级服务器 / provincial server: ").append(serverUrl).append("   (").append(dir.resolve("server")).append(")\n");
        b.append("示例名单 / sample lists: ").append(dir.resolve("samples"))
                .append("   导入报告 / import reports: ").append(dir.resolve("reports")).append("\n\n");
        b.append("每个机构开一个窗口（先启动这个演示，服务器才在）/ one window per site (while this demonstration runs):\n");
        for (DemoSite site : DemoSite.ALL) {
            b.append('\n').append(site.name()).append(" · ").append(ui.getString("InstitutionType." + site.type().toUpperCase(Locale.ROOT)))
                    .append(" (").append(site.code()).append(")\n");
            b.append("  ").append(launcher).append(" --data ").append(dir.resolve(site.folder())).append('\n');
            b.append(account(passwords, site, "admin", "管理员", "ADMIN"));
            for (DemoSite.Account a : site.accounts()) {
                b.append(account(passwords, site, a.username(), a.name(), a.role().toUpperCase(Locale.ROOT)));
            }
        }
        b.append("\n试一试 / try: 县医院 doctor → 患者, 救治台账 → 入院登记 · 县卫生健康局 officer → 核对认定 · "
                + "report monthly --period YYYY-MM --out F.xlsx · 英文界面 / English: --lang en\n");
        for (String w : warnings) {
            b.append("注意 / note: ").append(w).append('\n');
        }
        return b.toString();
    }

    private String account(Map<String, String> passwords, DemoSite site, String user, String name, String role) {
        return String.format("  用户 %-10s 密码 %-12s %s · %s%n", user, passwords.get(DemoStations.key(site, user)), name,
                ui.getString("Role." + role));
    }
}
