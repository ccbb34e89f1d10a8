"""%maven as a supply chain: a jar whose checksum does not match is refused (and not kept), a
missing checksum is a warning, plain-http repositories are refused unless allowed on purpose,
and settings.xml's mirrors, server credentials and proxies work without their secrets ever showing.
Repositories are folders and a tiny HTTP server run by the test; no network needed."""
import base64
import hashlib
import http.server
import os
import pathlib
import shutil
import subprocess
import tempfile
import threading

from jupyter_client.manager import start_new_kernel

import java_fixtures
from loomlab_client import TIMEOUT
from test_ecosystem import KernelWithEnv

PASSWORD = "pa55-w0rd-never-shown"
REPO_ROOT = pathlib.Path(__file__).resolve().parents[3]
PROXY_PASSWORD = "pr0xy-secret-never-shown"


def library(tmp, name, value):
    """A one-class jar org.example.<name>.Lib whose value() returns value."""
    return java_fixtures.build_jar(tmp / "build" / f"{name}.jar", f"org.example.{name}.Lib", f"""
        package org.example.{name};
        public class Lib {{ public static String value() {{ return "{value}"; }} }}
        """)


class RepositoryServer(http.server.ThreadingHTTPServer):
    """Serves a folder as a Maven repository on 127.0.0.1, asking for a user and password (as a
    server) or for proxy credentials (as a proxy, which is handed absolute urls)."""

    def __init__(self, folder, user=None, password=None, proxy_user=None, proxy_password=None):
        self.folder = pathlib.Path(folder)
        self.auth = _basic(user, password)
        self.proxy_auth = _basic(proxy_user, proxy_password)
        self.requests = []
        super().__init__(("127.0.0.1", 0), _Handler)
        threading.Thread(target=self.serve_forever, daemon=True).start()

    @property
    def url(self):
        return f"http://127.0.0.1:{self.server_address[1]}/"


def _basic(user, password):
    return None if user is None else "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self, head=False):
        server = self.server
        server.requests.append(self.path)
        if server.proxy_auth and self.headers.get("Proxy-Authorization") != server.proxy_auth:
            self.send_response(407)
            self.send_header("Proxy-Authenticate", 'Basic realm="proxy"')
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if server.auth and self.headers.get("Authorization") != server.auth:
            self.send_response(401)
            self.send_header("WWW-Authenticate", 'Basic realm="repo"')
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        path = self.path.split("://", 1)[-1].split("/", 1)[-1] if "://" in self.path else self.path.lstrip("/")
        file = server.folder / path
        if not file.is_file():
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        data = file.read_bytes()
        self.send_response(200)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if not head:
            self.wfile.write(data)

    def do_HEAD(self):
        self.do_GET(head=True)

    def log_message(self, *args):
        pass


class KernelWithALog(KernelWithEnv):
    """A kernel whose stderr (its log) is kept, to check that no secret reaches it."""

    @classmethod
    def setUpClass(cls):
        cls.log_file = tempfile.NamedTemporaryFile(prefix="loomlab-maven-log-", delete=False)
        super().setUpClass()

    @classmethod
    def start_kernel(cls, env):
        return start_new_kernel(kernel_name="loomlab", startup_timeout=TIMEOUT, env=env, cwd=str(cls.tmp),
                                stderr=cls.log_file)

    @classmethod
    def tearDownClass(cls):
        super().tearDownClass()
        cls.log_file.close()
        os.unlink(cls.log_file.name)

    def kernel_log(self):
        self.log_file.flush()
        return pathlib.Path(self.log_file.name).read_text(errors="replace")


class MavenChecksTheFiles(KernelWithALog):
    """A folder repository holding a good jar, a jar whose .sha1 does not match, and one without any."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        tmp = cls.tmp
        cls.repo = tmp / "repo"
        java_fixtures.install(cls.repo, "org.example", "good", "1.0", library(tmp, "good", "good"))
        evil = java_fixtures.install(cls.repo, "org.example", "evil", "1.0", library(tmp, "evil", "evil"))
        (evil / "evil-1.0.jar.sha1").write_text("0123456789abcdef0123456789abcdef01234567")
        unsigned = java_fixtures.install(cls.repo, "org.example", "unsigned", "1.0", library(tmp, "unsigned", "unsigned"))
        for sha1 in unsigned.glob("*.sha1"):
            sha1.unlink()
        cls.evil_sha1 = hashlib.sha1((evil / "evil-1.0.jar").read_bytes()).hexdigest()

    def setUp(self):
        self.ok(f"%mavenRepo local {self.repo.as_uri()}")

    def test_a_good_artifact_from_a_folder_is_added(self):
        out = self.ok("%maven org.example:good:1.0")
        self.assertIn("Added 1 jar to the class path", out)
        self.assertNotIn("warning", out)
        self.assertEqual(self.value("org.example.good.Lib.value()"), '"good"')

    def test_a_checksum_mismatch_fails_names_everything_and_keeps_nothing(self):
        reply = self.error("%maven org.example:evil:1.0")
        self.assertEqual(reply["ename"], "ChecksumFailure", reply)
        message = reply["evalue"]
        for part in ("evil-1.0.jar", "0123456789abcdef0123456789abcdef01234567", self.evil_sha1, "'local'",
                     self.repo.as_uri().rstrip("/"), "SHA-1", "nothing was added to the class path"):
            self.assertIn(part, message)
        failed, _ = self.run_cell("org.example.evil.Lib.value()")
        self.assertEqual(failed["status"], "error", "the tampered class is not on the class path")
        cached = self.cache / "org" / "example" / "evil" / "1.0"
        self.assertFalse((cached / "evil-1.0.jar").exists(), "the bad jar does not stay in the local repository")
        again = self.error("%maven org.example:evil:1.0")
        self.assertEqual(again["ename"], "ChecksumFailure", "a second try is not served a cached bad file")

    def test_a_missing_checksum_is_a_warning_as_in_maven(self):
        out = self.ok("%maven org.example:unsigned:1.0")
        self.assertIn("warning: unsigned-1.0.jar from local has no checksum", out)
        self.assertEqual(self.value("org.example.unsigned.Lib.value()"), '"unsigned"')


class MavenOverHttp(KernelWithALog):
    """Repositories served over plain http by the test: refused unless allowed, and then reached
    with settings.xml's credentials or through its proxy."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        private_repo, proxied_repo = cls.tmp / "private-repo", cls.tmp / "proxied-repo"
        mirror_repo = cls.tmp / "mirror-repo"
        java_fixtures.install(private_repo, "org.example", "secured", "1.0", library(cls.tmp, "secured", "secured"))
        java_fixtures.install(private_repo, "org.example", "sealed", "1.0", library(cls.tmp, "sealed", "sealed"))
        java_fixtures.install(proxied_repo, "org.example", "proxied", "1.0", library(cls.tmp, "proxied", "proxied"))
        java_fixtures.install(mirror_repo, "org.example", "mirrored", "1.0", library(cls.tmp, "mirrored", "mirrored"))
        cls.private = RepositoryServer(private_repo, user="teacher", password=PASSWORD)
        cls.proxy = RepositoryServer(proxied_repo, proxy_user="lab", proxy_password=PROXY_PASSWORD)
        cls.mirror = RepositoryServer(mirror_repo, user="teacher", password=PASSWORD)

    @classmethod
    def tearDownClass(cls):
        cls.private.shutdown()
        cls.proxy.shutdown()
        cls.mirror.shutdown()
        super().tearDownClass()

    def write_settings(self, body):
        (self.home / ".m2" / "settings.xml").write_text(
            f"<settings><localRepository>${{user.home}}/../m2-cache</localRepository>{body}</settings>")

    def assert_no_secret_anywhere(self, *texts):
        for text in texts + (self.kernel_log(),):
            self.assertNotIn(PASSWORD, text)
            self.assertNotIn(PROXY_PASSWORD, text)

    def test_a_plain_http_repository_is_refused_with_the_way_to_allow_it(self):
        asked_before = len(self.private.requests)   # other tests of this class use the server too
        reply = self.error(f"%mavenRepo lab {self.private.url}")
        self.assertEqual(reply["ename"], "InsecureRepository")
        self.assertIn("plain http", reply["evalue"])
        self.assertIn(f"%mavenRepo --allow-http lab {self.private.url}", reply["evalue"])
        reply = self.error(f"""%%loadFromPOM
<project><modelVersion>4.0.0</modelVersion><groupId>me</groupId><artifactId>n</artifactId><version>1</version>
  <repositories><repository><id>pom-http</id><url>{self.private.url}</url></repository></repositories>
  <dependencies><dependency><groupId>org.example</groupId><artifactId>secured</artifactId><version>1.0</version></dependency></dependencies>
</project>""")
        self.assertEqual(reply["ename"], "InsecureRepository")
        self.assertIn("'pom-http'", reply["evalue"])
        self.assertEqual(self.private.requests[asked_before:], [], "nothing was fetched over plain http")

    def test_settings_credentials_reach_a_private_repository_and_never_show(self):
        self.write_settings(f"<servers><server><id>lab-wrong</id><username>teacher</username>"
                            f"<password>not-{PASSWORD}</password></server>"
                            f"<server><id>lab</id><username>teacher</username><password>{PASSWORD}</password>"
                            f"</server></servers>")
        try:
            allowed = self.ok(f"%mavenRepo --allow-http lab-wrong {self.private.url}")
            self.assertIn("allowed on purpose", allowed)
            refused = self.error("%maven org.example:secured:1.0")
            self.assertIn("401", refused["evalue"], refused)
            self.ok("%mavenRepo lab-wrong https://127.0.0.1:9/unused")   # out of the way again
            self.ok(f"%mavenRepo --allow-http lab {self.private.url}")
            out = self.ok("%maven org.example:secured:1.0")
            self.assertIn("Added 1 jar", out)
            self.assertEqual(self.value("org.example.secured.Lib.value()"), '"secured"')
            self.assert_no_secret_anywhere(out, str(refused))
        finally:
            self.write_settings("")

    def test_a_settings_proxy_with_credentials_is_used(self):
        self.write_settings(f"<proxies><proxy><id>p</id><active>true</active><protocol>http</protocol>"
                            f"<host>127.0.0.1</host><port>{self.proxy.server_address[1]}</port>"
                            f"<username>lab</username><password>{PROXY_PASSWORD}</password></proxy></proxies>")
        try:
            # repo.invalid does not exist: only the proxy can serve it
            self.ok("%mavenRepo --allow-http behind-proxy http://repo.invalid/")
            out = self.ok("%maven org.example:proxied:1.0")
            self.assertIn("from behind-proxy", out)
            self.assertTrue(any(r.startswith("http://repo.invalid/") for r in self.proxy.requests), self.proxy.requests)
            self.assert_no_secret_anywhere(out)
        finally:
            self.write_settings("")
            self.ok("%mavenRepo behind-proxy https://127.0.0.1:9/unused")

    def test_a_settings_mirror_of_central_is_used_with_its_servers_credentials(self):
        # A lab's repository manager stands in for Maven Central: org.example:mirrored exists
        # only there, so finding it proves the mirror was asked instead of Central.
        self.write_settings(f"<mirrors><mirror><id>lab-mirror</id><mirrorOf>central</mirrorOf>"
                            f"<url>{self.mirror.url}</url></mirror></mirrors>"
                            f"<servers><server><id>lab-mirror</id><username>teacher</username>"
                            f"<password>{PASSWORD}</password></server></servers>")
        try:
            out = self.ok("%maven org.example:mirrored:1.0")
            self.assertIn("from lab-mirror", out)
            self.assertEqual(self.value("org.example.mirrored.Lib.value()"), '"mirrored"')
            self.assertTrue(any("mirrored-1.0.jar" in r for r in self.mirror.requests), self.mirror.requests)
            self.assert_no_secret_anywhere(out)
        finally:
            self.write_settings("")

    def maven_encrypts(self, option, secret, security_file):
        """What Maven itself (./mvnw) prints for --encrypt-master-password or --encrypt-password."""
        done = subprocess.run([str(REPO_ROOT / "mvnw"), "-q", f"-Dsettings.security={security_file}", option, secret],
                              cwd=REPO_ROOT, capture_output=True, text=True, timeout=300)
        lines = [line.strip() for line in done.stdout.splitlines() if line.strip().startswith("{")]
        self.assertTrue(lines, done.stdout + done.stderr)
        return lines[-1]

    def test_a_password_encrypted_with_mavens_master_password_is_used_and_never_shown(self):
        security = self.home / ".m2" / "settings-security.xml"
        master = self.maven_encrypts("--encrypt-master-password", "lab-master-key", security)
        security.write_text(f"<settingsSecurity><master>{master}</master></settingsSecurity>")
        encrypted = self.maven_encrypts("--encrypt-password", PASSWORD, security)
        self.write_settings(f"<servers><server><id>lab-encrypted</id><username>teacher</username>"
                            f"<password>{encrypted}</password></server></servers>")
        hidden = security.rename(security.with_name("elsewhere.xml"))
        try:
            self.ok(f"%mavenRepo --allow-http lab-encrypted {self.private.url}")
            # Without the master password the server is used without credentials, as the warning says.
            refused, outputs = self.run_cell("%maven org.example:sealed:1.0")
            self.assertEqual(refused["status"], "error", outputs)
            self.assertIn("401", refused["evalue"], refused)
            self.assertIn("warning: the password of server 'lab-encrypted'", self.stdout(outputs))
            self.assertIn("is encrypted, but no master password", self.stdout(outputs))
            hidden.rename(security)
            out = self.ok("%maven org.example:sealed:1.0")
            self.assertIn("Added 1 jar", out)
            self.assertNotIn("warning", out)
            self.assertEqual(self.value("org.example.sealed.Lib.value()"), '"sealed"')
            self.assert_no_secret_anywhere(out, str(refused), self.stdout(outputs))
        finally:
            self.write_settings("")
            self.ok("%mavenRepo lab-encrypted https://127.0.0.1:9/unused")
