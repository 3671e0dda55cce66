package cn.screening.workstation.service;

import cn.screening.workstation.domain.user.Permission;
import cn.screening.workstation.protocol.EnrolRequest;
import cn.screening.workstation.protocol.EnrolResponse;
import cn.screening.workstation.store.Actor;
import cn.screening.workstation.store.AuditAction;
import cn.screening.workstation.store.SyncStateRepository.SyncState;
import cn.screening.workstation.sync.ApiResult;
import cn.screening.workstation.sync.BatchSizer;
import cn.screening.workstation.sync.SyncApi;
import cn.screening.workstation.sync.SyncEngine;
import cn.screening.workstation.sync.SyncFailure;

/** Enrolment with the provincial server, its address, and the engine that syncs this workspace. */
public final class SyncSetup implements SyncSettingsPort {

    public static final String CLIENT_VERSION = cn.screening.workstation.protocol.Release.CURRENT;
    private final Workspace workspace;
    private final SyncApi api;

    public SyncSetup(Workspace workspace, SyncApi api) {
        this.workspace = workspace;
        this.api = api;
    }

    @Override
    public Enrolment current() {
        SyncState s = state();
        return new Enrolment(s.enrolled(), s.siteCode(), s.serverUrl());
    }

    /** Enrols this PC under its site's name (and the computer's, where there is one); says the site enrolled under. */
    @Override
    public String enrol(String serverUrl, String code) {
        var r = enrol(serverUrl, code, deviceName(workspace.session().site().name()));
        return r.site().name() + "（" + r.site().code() + "）";
    }

    /** The name the province lists this PC under: the Windows computer name where there is one. */
    private static String deviceName(String siteName) {
        String host = System.getenv("COMPUTERNAME");
        if (host == null || host.isBlank()) {
            host = System.getenv("HOSTNAME");
        }
        return host == null || host.isBlank() ? siteName : siteName + " / " + host;
    }

    public SyncState state() {
        return workspace.database().read(tx -> workspace.syncStore().state().load(tx));
    }

    /**
     * Trades a one-time code for this device's token and keeps it with the server address. Refused
     * when the code belongs to another site: records made here would carry the wrong site.
     */
    public EnrolResponse enrol(String serverUrl, String code, String deviceName) {
        workspace.session().require(Permission.MANAGE_SETTINGS);
        requireUsable(serverUrl);
        ApiResult<EnrolResponse> result = api.enrol(serverUrl, new EnrolRequest(code, deviceName, CLIENT_VERSION));
        if (result instanceof ApiResult.Failed<EnrolResponse> failed) {
            SyncFailure f = failed.failure();
            throw new ServiceException(f.messageKey(), f.args());
        }
        EnrolResponse enrolled = ((ApiResult.Ok<EnrolResponse>) result).value();
        String localSite = workspace.session().site().siteCode();
        if (!localSite.equals(enrolled.site().code())) {
            throw new ServiceException("sync.enrol.otherSite", enrolled.site().code(), localSite);
        }
        workspace.database().write(workspace.session().actor(), tx -> {
            workspace.syncStore().state().enrolled(tx, enrolled.deviceId(), enrolled.token(), enrolled.site().code(), serverUrl.trim());
            workspace.audit().append(tx, AuditAction.SETTINGS_CHANGED, "device", enrolled.deviceId().toString(),
                    "enrolled at " + serverUrl.trim());
            return null;
        });
        return enrolled;
    }

    /** A new address for the same server (moved, or a new name): the device keeps its token. */
    public void changeServer(String serverUrl) {
        workspace.session().require(Permission.MANAGE_SETTINGS);
        requireUsable(serverUrl);
        workspace.database().write(workspace.session().actor(), tx -> {
            workspace.syncStore().state().setServerUrl(tx, serverUrl.trim());
            workspace.audit().append(tx, AuditAction.SETTINGS_CHANGED, "sync", "server_url", serverUrl.trim());
            return null;
        });
    }

    /** The engine that syncs this workspace; its own writes are attributed to "sync" at this site. */
    public SyncEngine engine() {
        return new SyncEngine(workspace.syncStore(), api, new Actor("sync", workspace.session().site().siteCode()),
                BatchSizer.standard(), System::nanoTime);
    }

    private static void requireUsable(String serverUrl) {
        if (serverUrl == null || !(serverUrl.trim().startsWith("http://") || serverUrl.trim().startsWith("https://"))
                || !SyncApi.validServerUrl(serverUrl)) {
            throw new ServiceException("sync.server.invalid", String.valueOf(serverUrl));
        }
    }
}
