package cn.screening.workstation.sync;

/** A server call's outcome: the parsed answer, or why there is none. */
public sealed interface ApiResult<T> {

    record Ok<T>(T value) implements ApiResult<T> {
    }

    record Failed<T>(SyncFailure failure) implements ApiResult<T> {
    }

    static <T> ApiResult<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> ApiResult<T> failed(SyncFailure failure) {
        return new Failed<>(failure);
    }
}
