package dev.loomlab.async;

/** Binds a primitive to the loop of the first task that waits on it, like asyncio's _LoopBoundMixin. */
abstract class LoopBound {
    private EventLoop loop;

    final EventLoop loop(String what) {
        EventLoop running = RunningLoops.runningLoopOrNull();
        if (running == null) throw RunningLoops.notInTask(what);
        if (loop == null) loop = running;
        else if (loop != running) {
            throw new IllegalStateException(getClass().getSimpleName() + " is bound to a different event loop");
        }
        return loop;
    }
}
