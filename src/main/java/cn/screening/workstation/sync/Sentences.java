package cn.screening.workstation.sync;

/** Turns a sync bundle key and its values into the sentence the user reads (the service's Texts::get). */
@FunctionalInterface
public interface Sentences {
    String of(String key, Object... args);
}
