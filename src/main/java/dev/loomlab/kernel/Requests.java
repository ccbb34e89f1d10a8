package dev.loomlab.kernel;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The content of each request the kernel serves, typed: the one place that lists a request's
 * fields. {@link RequestContent} reads them strictly (a number is not a string, a string is not
 * true or false); a field that is absent or null takes the default the protocol gives.
 */
final class Requests {
    private Requests() {}

    record Execute(@JsonProperty(value = "code", required = true) String code,
                   @JsonProperty("silent") Boolean silent,
                   @JsonProperty("store_history") Boolean storeHistory,
                   @JsonProperty("allow_stdin") Boolean allowStdin,
                   @JsonProperty("stop_on_error") Boolean stopOnError,
                   @JsonProperty("user_expressions") ObjectNode userExpressions) {
        Execute {
            silent = silent != null && silent;
            storeHistory = !silent && (storeHistory == null || storeHistory); // silent implies no history
            allowStdin = allowStdin == null || allowStdin;
            stopOnError = stopOnError == null || stopOnError;
        }
    }

    record Complete(@JsonProperty(value = "code", required = true) String code,
                    @JsonProperty("cursor_pos") Integer cursorPos) {
        Complete {
            if (cursorPos == null) cursorPos = code.length();
        }
    }

    record Inspect(@JsonProperty(value = "code", required = true) String code,
                   @JsonProperty("cursor_pos") Integer cursorPos,
                   @JsonProperty("detail_level") Integer detailLevel) {
        Inspect {
            if (cursorPos == null) cursorPos = code.length();
            if (detailLevel == null) detailLevel = 0;
        }
    }

    record IsComplete(@JsonProperty(value = "code", required = true) String code) {}

    record History(@JsonProperty("hist_access_type") String accessType,
                   @JsonProperty("n") Integer n,
                   @JsonProperty("session") Integer session,
                   @JsonProperty("start") Integer start,
                   @JsonProperty("stop") Integer stop,
                   @JsonProperty("pattern") String pattern,
                   @JsonProperty("output") Boolean output,
                   @JsonProperty("unique") Boolean unique) {
        History {
            if (accessType == null) accessType = "tail";
            if (session == null) session = 0;
            if (start == null) start = 0;
            if (stop == null) stop = 0;
            if (pattern == null) pattern = "*";
            output = output != null && output;
            unique = unique != null && unique;
        }

        /** How many entries: 10 for tail by default, no limit (0) for search. */
        int count(int fallback) {
            return n == null ? fallback : n;
        }
    }

    record CommOpen(@JsonProperty(value = "comm_id", required = true) String commId,
                    @JsonProperty(value = "target_name", required = true) String targetName) {}

    record CommMessage(@JsonProperty(value = "comm_id", required = true) String commId) {}

    record Shutdown(@JsonProperty("restart") Boolean restart) {
        Shutdown {
            restart = restart != null && restart;
        }
    }

    /** For requests with nothing to read (kernel_info, interrupt, comm_info). */
    record None() {}
}
