package dev.loomlab.display;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Turns any value into a {@link MimeBundle}. In order of preference: a renderer registered
 * for the value's class or its nearest supertype, the value's own
 * {@link Displayable#toMimeBundle()}, the built-in image renderer, and finally text/plain.
 *
 * <p>A class redefined in a later cell is a new class: register its renderer again.
 */
public final class Renderers {

    private static final Map<Class<?>, Function<Object, MimeBundle>> REGISTERED = new ConcurrentHashMap<>();
    private static final String BUFFERED_IMAGE = "java.awt.image.BufferedImage";

    private Renderers() {}

    /** Declares how values of {@code type} (and its subtypes) are shown. */
    public static <T> void register(Class<T> type, Function<? super T, MimeBundle> renderer) {
        REGISTERED.put(type, value -> renderer.apply(type.cast(value)));
    }

    /** Forgets the renderer registered for exactly {@code type}. */
    public static void unregister(Class<?> type) {
        REGISTERED.remove(type);
    }

    /** The full bundle of {@code value}; always holds text/plain. */
    public static MimeBundle render(Object value) {
        if (value instanceof MimeBundle rendered) {
            return rendered; // what render(...) returned, shown as asked (IJava notebooks display it or end a cell with it)
        }
        MimeBundle bundle = renderRich(value);
        if (bundle == null) {
            return MimeBundle.text(PlainText.of(value));
        }
        if (bundle.data().containsKey(MimeTypes.PLAIN)) {
            return bundle;
        }
        Map<String, Object> data = new LinkedHashMap<>(bundle.data());
        data.put(MimeTypes.PLAIN, PlainText.of(value));
        return new MimeBundle(data, bundle.metadata());
    }

    /** Only the requested MIME types of {@code value}'s bundle (all of them when none are named). */
    public static MimeBundle render(Object value, String... mimeTypes) {
        MimeBundle full = render(value);
        if (mimeTypes == null || mimeTypes.length == 0) {
            return full;
        }
        Set<String> wanted = new HashSet<>(Arrays.asList(mimeTypes));
        Map<String, Object> data = new LinkedHashMap<>();
        full.data().forEach((mime, content) -> {
            if (wanted.contains(mime)) {
                data.put(mime, content);
            }
        });
        Map<String, Object> metadata = new LinkedHashMap<>();
        full.metadata().forEach((mime, meta) -> {
            if (wanted.contains(mime)) {
                metadata.put(mime, meta);
            }
        });
        return new MimeBundle(data, metadata);
    }

    private static MimeBundle renderRich(Object value) {
        if (value == null) {
            return null;
        }
        Function<Object, MimeBundle> registered = registeredFor(value.getClass());
        if (registered != null) {
            return registered.apply(value);
        }
        if (value instanceof Displayable displayable) {
            return displayable.toMimeBundle();
        }
        if (isA(value.getClass(), BUFFERED_IMAGE)) {
            return ImageRenderer.png((java.awt.image.BufferedImage) value);
        }
        return null;
    }

    /** The renderer of the nearest type: the class itself, its superclasses, then interfaces. */
    private static Function<Object, MimeBundle> registeredFor(Class<?> type) {
        if (REGISTERED.isEmpty()) {
            return null;
        }
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            Function<Object, MimeBundle> renderer = REGISTERED.get(c);
            if (renderer != null) {
                return renderer;
            }
        }
        Deque<Class<?>> interfaces = new ArrayDeque<>();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            interfaces.addAll(Arrays.asList(c.getInterfaces()));
        }
        Set<Class<?>> seen = new HashSet<>();
        while (!interfaces.isEmpty()) {
            Class<?> next = interfaces.poll();
            if (seen.add(next)) {
                Function<Object, MimeBundle> renderer = REGISTERED.get(next);
                if (renderer != null) {
                    return renderer;
                }
                interfaces.addAll(Arrays.asList(next.getInterfaces()));
            }
        }
        return null;
    }

    // Compared by name so that plain values never load java.desktop (it costs start-up time).
    private static boolean isA(Class<?> type, String className) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (c.getName().equals(className)) {
                return true;
            }
        }
        return false;
    }
}
