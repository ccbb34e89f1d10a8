package dev.loomlab.kernel;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loomlab.wire.Json;
import dev.loomlab.wire.Message;
import java.util.List;
import java.util.Map;

/** kernel_info_request: who we are, which Java runs the cells, where to get help. */
final class KernelInfoHandler implements RequestHandler<Requests.None> {
    private final ObjectNode info;

    KernelInfoHandler(String languageVersion) {
        String version = KernelVersion.get();
        int feature = Runtime.version().feature();
        info = Json.obj(
                "status", "ok",
                "protocol_version", Message.PROTOCOL_VERSION,
                "implementation", "loomlab",
                "implementation_version", version,
                "language_info", Map.of(
                        "name", "java",
                        "version", languageVersion,
                        "mimetype", "text/x-java",
                        "file_extension", ".java",
                        "codemirror_mode", "text/x-java",
                        "pygments_lexer", "java"),
                "banner", "Loomlab " + version + " - Java " + languageVersion + " with JShell\n"
                        + "Asyncio-style tasks on virtual threads are one import away. Type %help for help.",
                "help_links", List.of(
                        Map.of("text", "Java " + feature + " API",
                                "url", "https://docs.oracle.com/en/java/javase/" + feature + "/docs/api/index.html"),
                        Map.of("text", "Loomlab README", "url", "https://github.com/loomlab/loomlab#readme")),
                "debugger", false);
    }

    @Override
    public void handle(Requests.None content, Message request, Replies replies) {
        replies.reply(info.deepCopy());
    }
}
