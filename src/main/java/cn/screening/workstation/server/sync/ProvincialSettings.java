package cn.screening.workstation.server.sync;

import cn.screening.workstation.domain.ledger.DiseaseListSchedule;
import cn.screening.workstation.domain.specimen.SampleLimits;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.server.store.RecordStore;
import cn.screening.workstation.server.store.ReferenceRecords;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The configurable limits as the server publishes them, read the way the workstation reads its pulled copy. */
final class ProvincialSettings {

    private static final List<String> SAMPLE_KEYS = List.of(SampleLimits.FILL, SampleLimits.DRAW_TO_SPIN_HOURS,
            SampleLimits.NEARING_MINUTES, SampleLimits.MINUS20_DAYS, SampleLimits.MINUS70_DAYS);

    private final RecordStore records;

    ProvincialSettings(RecordStore records) {
        this.records = records;
    }

    /** The disease-list schedule the province published (text "21@2017-01-01;25@2019-12-31"), else the one active list. */
    DiseaseListSchedule diseaseListSchedule(Connection c, int activeListSize) throws SQLException {
        var r = records.find(c, EntityTypes.SETTING, ReferenceRecords.idOf(EntityTypes.SETTING, DiseaseListSchedule.SETTING_KEY));
        JsonNode v = r.isPresent() ? r.get().payload().path("value") : null;
        if (v != null && v.isTextual()) {
            try {
                return DiseaseListSchedule.parse(v.asText());
            } catch (IllegalArgumentException e) {
                // unreadable: the workstations keep the single list too (RuleBook)
            }
        }
        return DiseaseListSchedule.constant(activeListSize);
    }

    /** The sample limits in force: the published settings over the defaults, as SampleLimits.of reads them. */
    SampleLimits sampleLimits(Connection c) throws SQLException {
        Map<String, Number> values = new HashMap<>();
        for (String key : SAMPLE_KEYS) {
            var r = records.find(c, EntityTypes.SETTING, ReferenceRecords.idOf(EntityTypes.SETTING, key));
            JsonNode v = r.isPresent() ? r.get().payload().path("value") : null;
            if (v != null && v.isNumber()) {
                values.put(key, v.numberValue());
            }
        }
        try {
            return SampleLimits.of(values);
        } catch (IllegalArgumentException e) {
            return SampleLimits.DEFAULT;
        }
    }
}
