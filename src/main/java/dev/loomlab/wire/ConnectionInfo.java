package dev.loomlab.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The connection file a frontend writes before it starts the kernel: where each channel
 * listens and the key that signs every message. Unknown fields are ignored, as frontends
 * add their own.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConnectionInfo(
        @JsonProperty("transport") String transport,
        @JsonProperty("ip") String ip,
        @JsonProperty("shell_port") int shellPort,
        @JsonProperty("control_port") int controlPort,
        @JsonProperty("iopub_port") int iopubPort,
        @JsonProperty("stdin_port") int stdinPort,
        @JsonProperty("hb_port") int hbPort,
        @JsonProperty("key") String key,
        @JsonProperty("signature_scheme") String signatureScheme) {

    public ConnectionInfo {
        if (transport == null || transport.isBlank()) transport = "tcp";
        if (ip == null || ip.isBlank()) ip = "127.0.0.1";
        if (key == null) key = "";
        if (signatureScheme == null || signatureScheme.isBlank()) signatureScheme = "hmac-sha256";
    }

    public static ConnectionInfo read(Path file) throws IOException {
        return Json.MAPPER.readValue(file.toFile(), ConnectionInfo.class);
    }

    /** The ZeroMQ address of one channel: tcp://ip:port, or ipc://ip-port as Jupyter names ipc files. */
    public String address(int port) {
        return "ipc".equals(transport)
                ? "ipc://" + ip + "-" + port
                : transport + "://" + ip + ":" + port;
    }

    /** Never print the key: a log line must not let a reader sign messages. */
    @Override
    public String toString() {
        return "ConnectionInfo[" + transport + "://" + ip + " shell=" + shellPort + " control=" + controlPort
                + " iopub=" + iopubPort + " stdin=" + stdinPort + " hb=" + hbPort + " scheme=" + signatureScheme + "]";
    }
}
