package dev.loomlab.wire;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectionInfoTest {
    @Test
    void readsAJupyterConnectionFileAndNeverPrintsTheKey(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("kernel-1.json");
        Files.writeString(file, """
                {"shell_port": 5001, "iopub_port": 5002, "stdin_port": 5003, "control_port": 5004,
                 "hb_port": 5005, "ip": "127.0.0.1", "key": "s3cr3t-key", "transport": "tcp",
                 "signature_scheme": "hmac-sha256", "kernel_name": "loomlab", "jupyter_session": "x"}
                """);
        ConnectionInfo info = ConnectionInfo.read(file);
        assertEquals("tcp://127.0.0.1:5001", info.address(info.shellPort()));
        assertEquals("s3cr3t-key", info.key());
        assertFalse(info.toString().contains("s3cr3t"));
    }

    @Test
    void ipcAddressesFollowJupyterNaming() {
        ConnectionInfo info = new ConnectionInfo("ipc", "/tmp/kernel-x", 1, 2, 3, 4, 5, "", null);
        assertEquals("ipc:///tmp/kernel-x-1", info.address(1));
        assertEquals("hmac-sha256", info.signatureScheme());
    }
}
