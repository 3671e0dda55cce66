package cn.screening.workstation.protocol;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A configurable provincial limit as reference data, e.g. {@code drawToSpinLimitHours} = 4.
 *
 * @param value a JSON number, text or boolean
 */
public record SettingInfo(String key, JsonNode value, String description) {
}
