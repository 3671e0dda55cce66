package cn.screening.workstation.server.sync;

import cn.screening.workstation.protocol.Change;
import cn.screening.workstation.protocol.ChangeResult;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.server.store.StoredRecord;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a county health bureau (县卫生健康局) may push: the 核对认定 of a ledger row its county keeps,
 * nothing else. It reads its county's patients, cases and ledger, but registers no patient or case,
 * keeps no ledger row, records no admission and takes no sample; such a change is refused with the
 * reason in Chinese, whatever its workstation let through. The samples, verdicts and referrals it
 * reads for its dashboard (decision 0025) are read-only to it like everything else.
 */
final class BureauWrites {

    static final String CODE = "bureau_read_only";
    /** the ledger row's fields the bureau sets (a path covers the paths under it) */
    static final String CERTIFICATION = "certification";
    /** the sample loop's types: the county's and the designated hospital's, never the bureau's */
    static final Set<String> SPECIMEN_TYPES = Set.of(EntityTypes.SAMPLE, EntityTypes.SHIPMENT, EntityTypes.RECEIPT,
            EntityTypes.TUBE_VERDICT, EntityTypes.LAB_RESULT);

    private BureauWrites() {
    }

    /** The refusal of a bureau's change, or empty when it only certifies an existing ledger row. */
    static Optional<ChangeResult> refusal(Change ch, Optional<StoredRecord> existing, List<String> fields) {
        String type = ch.entityType();
        if (EntityTypes.PATIENT.equals(type)) {
            return refuse(ch, "县卫生健康局不能登记或修改患者：患者由乡镇卫生院或县医院登记");
        }
        if (EntityTypes.CASE.equals(type)) {
            return refuse(ch, "县卫生健康局不能登记或修改病例：病例由乡镇卫生院或县医院登记");
        }
        if (SPECIMEN_TYPES.contains(type)) {
            return refuse(ch, "县卫生健康局只能查看本县标本的时间和状态，不能采血、装箱、接收标本或录入结果");
        }
        if (EntityTypes.REFERRAL.equals(type)) {
            return refuse(ch, "县卫生健康局只能查看本县转诊的时间和状态，不能开具、接收、回转或结案转诊单");
        }
        if (EntityTypes.MONTHLY_REPORT.equals(type)) {
            return Optional.empty(); // the bureau reports its county's month (MonthlyReportRules judge it)
        }
        if (!EntityTypes.LEDGER_ENTRY.equals(type)) {
            return refuse(ch, "县卫生健康局只能查看本县记录并核对认定救治对象，不能提交此类记录：" + type);
        }
        if (existing.isEmpty() || ch.deleted()) {
            return refuse(ch, "县卫生健康局不建立或删除台账记录：台账由县医院或乡镇卫生院建立");
        }
        boolean certificationOnly = !fields.isEmpty() && fields.stream()
                .allMatch(f -> f.equals(CERTIFICATION) || f.startsWith(CERTIFICATION + "."));
        return certificationOnly ? Optional.empty()
                : refuse(ch, "县卫生健康局只能核对认定台账记录，不能修改救治状态、入院或费用");
    }

    private static Optional<ChangeResult> refuse(Change ch, String message) {
        return Optional.of(Verdicts.rejected(ch, CODE, null, message));
    }
}
