package dev.loomlab.magic.maven;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.eclipse.aether.transfer.AbstractTransferListener;
import org.eclipse.aether.transfer.ChecksumFailureException;
import org.eclipse.aether.transfer.TransferEvent;
import org.eclipse.aether.transfer.TransferResource;

/**
 * Tells the user what %maven fetches while it fetches it: one line per downloaded file with its
 * size, and a line before a large jar starts so a slow download does not look like a hang.
 * The resolver downloads in parallel, so lines may come from several threads.
 */
final class DownloadProgress extends AbstractTransferListener {
    private static final long ANNOUNCE_ABOVE_BYTES = 1_000_000;

    private final Consumer<String> out;
    private final AtomicInteger downloads = new AtomicInteger();

    DownloadProgress(Consumer<String> out) {
        this.out = out;
    }

    int downloads() {
        return downloads.get();
    }

    @Override
    public void transferStarted(TransferEvent event) {
        TransferResource resource = event.getResource();
        if (isDownload(event) && resource.getContentLength() > ANNOUNCE_ABOVE_BYTES) {
            out.accept("  downloading " + name(resource) + " (" + Sizes.of(resource.getContentLength())
                    + ") from " + resource.getRepositoryId() + " ...");
        }
    }

    @Override
    public void transferSucceeded(TransferEvent event) {
        if (!isDownload(event)) return;
        downloads.incrementAndGet();
        TransferResource resource = event.getResource();
        out.accept("  downloaded " + name(resource) + " (" + Sizes.of(event.getTransferredBytes()) + ") from "
                + resource.getRepositoryId());
    }

    /**
     * A missing checksum is a warning (the file is used, as Maven does); a mismatch is tried
     * once more before it fails the resolution, which then explains it.
     */
    @Override
    public void transferCorrupted(TransferEvent event) {
        boolean missing = event.getException() instanceof ChecksumFailureException e && !StrictChecksums.isMismatch(e);
        out.accept(missing
                ? "  warning: " + name(event.getResource()) + " from " + event.getResource().getRepositoryId()
                        + " has no checksum to check it against (" + StrictChecksums.NO_CHECKSUM + "); using it anyway, as Maven does"
                : "  " + name(event.getResource()) + " from " + event.getResource().getRepositoryId()
                        + " does not match its checksum; downloading it again");
    }

    /** Real files fetched, not the checksums beside them nor lookups that found nothing. */
    private static boolean isDownload(TransferEvent event) {
        String name = event.getResource().getResourceName();
        return event.getRequestType() == TransferEvent.RequestType.GET
                && !name.endsWith(".sha1") && !name.endsWith(".md5")
                && !name.endsWith(".sha256") && !name.endsWith(".sha512");
    }

    private static String name(TransferResource resource) {
        String path = resource.getResourceName();
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
