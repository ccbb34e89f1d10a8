package dev.loomlab.kernel;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Open comms and the targets that accept them. A target is registered by name (widgets and
 * later features use it); a comm_open for an unknown target is answered with comm_close,
 * as the protocol asks, so the frontend does not wait on a comm nobody serves.
 */
public final class CommRegistry {

    /** The kernel side of one comm target: sees the data of each message sent to its comms. */
    public interface Target {
        void onOpen(String commId, JsonNode data);

        void onMessage(String commId, JsonNode data);

        void onClose(String commId, JsonNode data);
    }

    private final Map<String, Target> targets = new ConcurrentHashMap<>();
    private final Map<String, String> openComms = new ConcurrentHashMap<>();

    public void registerTarget(String name, Target target) {
        targets.put(name, target);
    }

    /** Opens the comm when its target is known; false when nobody serves that target. */
    boolean open(String commId, String targetName, JsonNode data) {
        Target target = targets.get(targetName);
        if (target == null) return false;
        openComms.put(commId, targetName);
        target.onOpen(commId, data);
        return true;
    }

    void message(String commId, JsonNode data) {
        Target target = targetOf(commId);
        if (target != null) target.onMessage(commId, data);
    }

    void close(String commId, JsonNode data) {
        Target target = targetOf(commId);
        openComms.remove(commId);
        if (target != null) target.onClose(commId, data);
    }

    /** Open comms (id to target name), optionally only those of one target. */
    Map<String, String> openComms(String targetName) {
        if (targetName == null) return Map.copyOf(openComms);
        Map<String, String> matching = new ConcurrentHashMap<>();
        openComms.forEach((id, target) -> {
            if (target.equals(targetName)) matching.put(id, target);
        });
        return matching;
    }

    private Target targetOf(String commId) {
        String name = openComms.get(commId);
        return name == null ? null : targets.get(name);
    }
}
