package cn.screening.workstation.server;

import cn.screening.workstation.domain.ledger.DiseaseListSchedule;
import cn.screening.workstation.domain.ledger.HospitalLevel;
import cn.screening.workstation.domain.site.InstitutionType;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.protocol.Release;
import cn.screening.workstation.protocol.SettingInfo;
import cn.screening.workstation.protocol.SiteInfo;
import cn.screening.workstation.protocol.WireJson;
import cn.screening.workstation.server.store.AdminTokens;
import cn.screening.workstation.server.store.AdminTokens.AdminToken;
import cn.screening.workstation.server.store.DeviceRegistry;
import cn.screening.workstation.server.store.DeviceRegistry.Device;
import cn.screening.workstation.server.store.PushLedger;
import cn.screening.workstation.server.store.RecordStore;
import cn.screening.workstation.server.store.ReferenceRecords;
import cn.screening.workstation.server.store.ReferenceSeed;
import cn.screening.workstation.server.store.ServerDatabase;
import cn.screening.workstation.server.store.SiteRegistry;
import cn.screening.workstation.server.store.StoredRecord;
import cn.screening.workstation.server.store.Versions;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** What the province's operator does: sites, enrolment codes, admin tokens, revocations, counts. */
public final class Administration {

    public static final Duration CODE_VALIDITY = Duration.ofDays(7);
    public static final Duration ADMIN_TOKEN_LIFE = Duration.ofHours(12);
    /** An admin token is a key to the province's counts: none lasts longer than this. */
    public static final Duration ADMIN_TOKEN_MAX_LIFE = Duration.ofDays(90);

    private final ServerDatabase db;
    private final SiteRegistry sites;
    private final DeviceRegistry devices;
    private final AdminTokens adminTokens;
    private final RecordStore records;
    private final PushLedger ledger;
    private final ReferenceRecords reference;

    public Administration(ServerDatabase db, SiteRegistry sites, DeviceRegistry devices, AdminTokens adminTokens, RecordStore records,
                          PushLedger ledger, ReferenceRecords reference) {
        this.db = db;
        this.sites = sites;
        this.devices = devices;
        this.adminTokens = adminTokens;
        this.records = records;
        this.ledger = ledger;
        this.reference = reference;
    }

    /**
     * Publishes a new value of a provincial setting (one of {@link ReferenceSeed#defaultSettings()});
     * every device takes it with its next pull. Returns whether the value changed.
     */
    public boolean setSetting(String key, JsonNode value) {
        if (DiseaseListSchedule.SETTING_KEY.equals(key)) {
            return setSchedule(value);
        }
        if (Release.MIN_CLIENT_SETTING.equals(key)) {
            return setMinClientVersion(value);
        }
        SettingInfo known = ReferenceSeed.defaultSettings().stream().filter(s -> s.key().equals(key)).findFirst()
                .orElseThrow(() -> new AdminRefused("没有这项设置：" + key));
        if (value == null || !value.isNumber() || value.decimalValue().signum() < 0) {
            throw new AdminRefused("设置 " + key + " 须为不小于 0 的数字：" + value);
        }
        return db.write(c -> reference.put(c, EntityTypes.SETTING, key, new SettingInfo(key, value, known.description()),
                db.clock().instant()));
    }

    /** The disease-list schedule is text, published only when the province sets one (absent: the single active list). */
    private boolean setSchedule(JsonNode value) {
        try {
            DiseaseListSchedule.parse(value == null || !value.isTextual() ? "" : value.asText());
        } catch (RuntimeException e) {
            throw new AdminRefused("设置 " + DiseaseListSchedule.SETTING_KEY + " 须写作“21@2017-01-01;25@2019-12-31”（目录病种数@生效日期）：" + value);
        }
        return db.write(c -> reference.put(c, EntityTypes.SETTING, DiseaseListSchedule.SETTING_KEY, new SettingInfo(
                DiseaseListSchedule.SETTING_KEY, value, "大病专项救治病种目录及其生效日期（病种数@日期，分号分隔）"), db.clock().instant()));
    }

    /** The oldest workstation release the province still wants: older ones say 请升级 (and keep working). */
    private boolean setMinClientVersion(JsonNode value) {
        String v = value == null || !value.isValueNode() ? null : value.asText().strip();
        if (!Release.valid(v)) {
            throw new AdminRefused("设置 " + Release.MIN_CLIENT_SETTING + " 须为版本号，如 0.2.0：" + value);
        }
        return db.write(c -> reference.put(c, EntityTypes.SETTING, Release.MIN_CLIENT_SETTING, new SettingInfo(
                Release.MIN_CLIENT_SETTING, com.fasterxml.jackson.databind.node.TextNode.valueOf(v),
                "工作站最低版本：更早的工作站提示请升级"), db.clock().instant()));
    }

    /**
     * Every provincial setting as published now: the seeded ones, then the disease-list schedule and
     * the oldest workstation release wanted, when the province has set them.
     */
    public List<SettingInfo> settings() {
        List<String> keys = new ArrayList<>(ReferenceSeed.defaultSettings().stream().map(SettingInfo::key).toList());
        keys.add(DiseaseListSchedule.SETTING_KEY);
        keys.add(Release.MIN_CLIENT_SETTING);
        return db.read(c -> {
            List<SettingInfo> out = new ArrayList<>();
            for (String key : keys) {
                Optional<StoredRecord> r = records.find(c, EntityTypes.SETTING, ReferenceRecords.idOf(EntityTypes.SETTING, key));
                if (r.isPresent() && !r.get().deleted()) {
                    out.add(WireJson.MAPPER.convertValue(r.get().payload(), SettingInfo.class));
                }
            }
            return out;
        });
    }

    /** Adds a site after checking its code, division and parent; it is published to every device as reference data. */
    public SiteInfo addSite(String code, InstitutionType type, String division, String name, String parentCode) {
        return addSite(code, type, division, name, parentCode, null, List.of());
    }

    /** The same, with a designated hospital's level (县级 / 市级) and the catalogue codes of the diseases it treats. */
    public SiteInfo addSite(String code, InstitutionType type, String division, String name, String parentCode,
                            HospitalLevel level, List<String> diseases) {
        SiteInfo site = new SiteInfo(SiteRules.code(code), type.name().toLowerCase(Locale.ROOT), SiteRules.division(type, division),
                SiteRules.name(name), parentCode == null || parentCode.isBlank() ? null : parentCode.strip(),
                SiteRules.level(type, level), SiteRules.diseases(type, diseases));
        return db.write(c -> {
            Versions.lock(c);
            if (sites.find(c, site.code()).isPresent()) {
                throw new AdminRefused("机构代码已存在：" + site.code());
            }
            Optional<SiteInfo> parent = site.parentCode() == null ? Optional.empty() : sites.find(c, site.parentCode());
            if (site.parentCode() != null && parent.isEmpty()) {
                throw new AdminRefused("上级机构不存在：" + site.parentCode());
            }
            SiteRules.checkParent(type, parent.orElse(null));
            sites.add(c, site, db.clock().instant());
            return site;
        });
    }

    public List<SiteInfo> sites() {
        return db.read(sites::all);
    }

    /** A one-time enrolment code for a device of {@code siteCode}. */
    public String enrolmentCode(String siteCode) {
        return db.write(c -> {
            if (sites.find(c, siteCode).isEmpty()) {
                throw new AdminRefused("机构不存在：" + siteCode);
            }
            return devices.issueCode(c, siteCode, CODE_VALIDITY, db.clock().instant());
        });
    }

    /** An admin token lasting {@link #ADMIN_TOKEN_LIFE}; returns its secret. */
    public String adminToken() {
        return adminToken(ADMIN_TOKEN_LIFE).secret();
    }

    public AdminTokens.Issued adminToken(Duration life) {
        if (life.isNegative() || life.isZero() || life.compareTo(ADMIN_TOKEN_MAX_LIFE) > 0) {
            throw new AdminRefused("管理员令牌有效期须大于 0 且不超过 " + ADMIN_TOKEN_MAX_LIFE.toDays() + " 天：" + life);
        }
        return db.write(c -> adminTokens.issue(c, db.clock().instant(), life));
    }

    public List<AdminToken> adminTokens() {
        return db.read(adminTokens::all);
    }

    public AdminToken revokeAdminToken(long id) {
        return db.write(c -> {
            if (!adminTokens.revoke(c, id, db.clock().instant())) {
                throw new AdminRefused("没有编号为 " + id + " 的管理员令牌");
            }
            return adminTokens.byId(c, id).orElseThrow();
        });
    }

    /** Now by the store's clock: whether a listed token is still valid is judged by it. */
    public Instant now() {
        return db.clock().instant();
    }

    public Device revokeDevice(UUID deviceId) {
        return db.write(c -> {
            if (!devices.revoke(c, deviceId, db.clock().instant())) {
                throw new AdminRefused("设备不存在：" + deviceId);
            }
            return devices.byId(c, deviceId).orElseThrow();
        });
    }

    public List<Device> devices() {
        return db.read(devices::all);
    }

    /** A count per entity type (plural keys: patients, cases, sites, ...), devices that may sync, batches answered, and the last version. */
    public Map<String, Long> stats() {
        return db.read(c -> {
            Map<String, Long> out = new LinkedHashMap<>();
            out.put("patients", 0L);
            out.put("cases", 0L);
            records.countByType(c).forEach((type, n) -> out.put(type + "s", n));
            out.put("devices", devices.countActive(c));
            out.put("batches", ledger.batchCount(c));
            out.put("lastVersion", Versions.latest(c));
            return out;
        });
    }
}
