package dev.loomlab.magic.maven;

import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.spi.connector.checksum.ChecksumPolicy;
import org.eclipse.aether.spi.connector.checksum.ChecksumPolicyProvider;
import org.eclipse.aether.transfer.ChecksumFailureException;
import org.eclipse.aether.transfer.TransferResource;

/**
 * Checksums as a build server checks them: a file whose checksum does not match fails the
 * download (the connector then never moves it into the local repository), while a repository
 * that publishes no checksum only earns a warning, as in Maven's default. The resolver's own
 * "warn" policy would let a tampered jar through; its "fail" policy would refuse every
 * repository without checksum files, which many teachers' folders are.
 */
final class StrictChecksums implements ChecksumPolicyProvider {

    /** The message of the warning a missing checksum gives; {@link DownloadProgress} recognises it. */
    static final String NO_CHECKSUM = "no checksum published";

    @Override
    public ChecksumPolicy newChecksumPolicy(RepositorySystemSession session, RemoteRepository repository,
                                            TransferResource resource, String policy) {
        return new Policy();
    }

    @Override
    public String getEffectiveChecksumPolicy(RepositorySystemSession session, String policy1, String policy2) {
        return org.eclipse.aether.repository.RepositoryPolicy.CHECKSUM_POLICY_FAIL;
    }

    /** A mismatch with the algorithm kept in the exception, so the error can name it. */
    static boolean isMismatch(ChecksumFailureException e) {
        return e.getExpected() != null && !e.getExpected().isEmpty() && e.getActual() != null;
    }

    private static final class Policy implements ChecksumPolicy {
        @Override
        public boolean onChecksumMatch(String algorithm, ChecksumKind kind) {
            return true; // one matching checksum is proof enough, as in Maven
        }

        @Override
        public void onChecksumMismatch(String algorithm, ChecksumKind kind, ChecksumFailureException exception)
                throws ChecksumFailureException {
            throw new ChecksumFailureException(exception.getExpected(), algorithm, exception.getActual());
        }

        @Override
        public void onChecksumError(String algorithm, ChecksumKind kind, ChecksumFailureException exception) {
            // the checksum file could not be read: the next algorithm, or onNoMoreChecksums, decides
        }

        @Override
        public void onNoMoreChecksums() throws ChecksumFailureException {
            throw new ChecksumFailureException(false, NO_CHECKSUM, null);
        }

        @Override
        public void onTransferRetry() {}

        @Override
        public boolean onTransferChecksumFailure(ChecksumFailureException exception) {
            return !isMismatch(exception); // a missing checksum is a warning; a wrong one is fatal
        }
    }
}
