package dev.loomlab.async;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The future returned by gather(): asyncio's {@code _GatheringFuture}. */
final class Gathering<T> extends AsyncFuture<List<T>> {
    private final List<? extends AsyncFuture<?>> children;
    private final boolean returnExceptions;
    private int finished;
    private boolean cancelRequested;

    private Gathering(EventLoop loop, List<? extends AsyncFuture<?>> children, boolean returnExceptions) {
        super(loop, "gather of " + children.size());
        this.children = children;
        this.returnExceptions = returnExceptions;
    }

    @SuppressWarnings("unchecked")
    static <T> AsyncFuture<List<T>> typed(EventLoop loop, List<? extends AsyncFuture<? extends T>> children) {
        return (AsyncFuture<List<T>>) (AsyncFuture<?>) start(new Gathering<Object>(loop, children, false));
    }

    static AsyncFuture<List<Object>> of(EventLoop loop, List<? extends AsyncFuture<?>> children, boolean returnExceptions) {
        return start(new Gathering<>(loop, children, returnExceptions));
    }

    private static Gathering<Object> start(Gathering<Object> g) {
        for (AsyncFuture<?> c : g.children) {
            if (c.loop != g.loop) throw new IllegalArgumentException("gather(): all futures must belong to the same loop");
        }
        if (g.children.isEmpty()) {
            g.complete(List.of(), null);
            return g;
        }
        for (AsyncFuture<?> c : g.children) c.addCallbackObject(new Child(g));
        return g;
    }

    /** One shared callback object per child would do; a tiny class keeps the generic types simple. */
    record Child(Gathering<Object> g) implements java.util.function.Consumer<AsyncFuture<?>> {
        @Override
        public void accept(AsyncFuture<?> f) {
            g.childDone(f);
        }
    }

    private void childDone(AsyncFuture<?> f) {
        finished++;
        if (done()) {
            if (!f.cancelled()) f.exception(); // mark it retrieved, as asyncio does
            return;
        }
        if (!returnExceptions) {
            if (f.cancelled()) {
                complete(null, f.cancelledError());
                return;
            }
            Throwable x = f.exception();
            if (x != null) {
                complete(null, x);
                return;
            }
        }
        if (finished == children.size()) {
            Object[] out = new Object[children.size()];
            for (int i = 0; i < out.length; i++) {
                AsyncFuture<?> c = children.get(i);
                if (c.cancelled()) {
                    out[i] = c.cancelledError();
                } else {
                    Throwable x = c.exception();
                    out[i] = x != null ? x : c.value;
                }
            }
            if (cancelRequested) {
                cancelNow(null);
            } else {
                @SuppressWarnings("unchecked")
                List<T> list = (List<T>) new ArrayList<>(Arrays.asList(out));
                complete(list, null);
            }
        }
    }

    List<? extends AsyncFuture<?>> children() {
        return children;
    }

    /** Cancels every child still running; the gather itself is cancelled once they are all done. */
    @Override
    public boolean cancel(String message) {
        if (done()) return false;
        boolean any = false;
        for (AsyncFuture<?> c : children) {
            if (c.cancel(message)) any = true;
        }
        if (any) cancelRequested = true;
        return any;
    }
}
