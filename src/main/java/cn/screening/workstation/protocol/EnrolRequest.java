package cn.screening.workstation.protocol;

/** POST /api/v1/enrol: a one-time code from `server enrol --site C`, for one device. */
public record EnrolRequest(String code, String deviceName, String clientVersion) {
}
