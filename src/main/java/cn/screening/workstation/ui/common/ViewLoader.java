package cn.screening.workstation.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads {@code FooView.fxml} with the ui bundle; controllers come from the constructors the app
 * registered (constructor injection, no reflection on fields).
 */
public final class ViewLoader {

    private final I18n i18n;
    private final Map<Class<?>, Supplier<?>> controllers;

    public ViewLoader(I18n i18n, Map<Class<?>, Supplier<?>> controllers) {
        this.i18n = i18n;
        this.controllers = Map.copyOf(controllers);
    }

    public I18n i18n() {
        return i18n;
    }

    /** A loader that knows these controllers too, e.g. after login. */
    public ViewLoader with(Map<Class<?>, Supplier<?>> more) {
        Map<Class<?>, Supplier<?>> all = new HashMap<>(controllers);
        all.putAll(more);
        return new ViewLoader(i18n, all);
    }

    /** Loads the FXML resource beside the controller class: {@code FooController} → {@code FooView.fxml}. */
    public <C> Loaded<C> load(Class<C> controllerType) {
        String name = controllerType.getSimpleName().replaceFirst("Controller$", "View") + ".fxml";
        return load(controllerType, name);
    }

    public <C> Loaded<C> load(Class<C> controllerType, String fxml) {
        String path = "/" + controllerType.getPackageName().replace('.', '/') + "/" + fxml;
        URL url = controllerType.getResource(path);
        if (url == null) {
            throw new IllegalStateException("no view " + path);
        }
        FXMLLoader loader = new FXMLLoader(url, i18n.bundle());
        loader.setControllerFactory(this::create);
        try {
            Parent root = loader.load();
            return new Loaded<>(root, controllerType.cast(loader.getController()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + path, e);
        }
    }

    private Object create(Class<?> type) {
        Supplier<?> supplier = controllers.get(type);
        if (supplier == null) {
            throw new IllegalStateException("no constructor registered for " + type.getName());
        }
        return supplier.get();
    }

    /** A loaded view and its controller. */
    public record Loaded<C>(Parent root, C controller) {
    }
}
