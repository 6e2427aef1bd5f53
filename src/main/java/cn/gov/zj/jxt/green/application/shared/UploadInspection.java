package cn.gov.zj.jxt.green.application.shared;

import java.io.InputStream;

/**
 * Decides whether an uploaded file may be kept, from its bytes alone: the name and the browser's content type are
 * the sender's claims, the content is what a reader will open. A file is refused with a
 * {@link RejectedUploadException}, which says why, unless its content is a sound file of a kind the policy accepts,
 * within its size, free of active content, and named like what it is.
 */
public interface UploadInspection {

    InspectedUpload inspect(String originalFileName, byte[] content, UploadPolicy policy);

    /** Reads at most one byte past the policy's limit, so a client cannot make the server hold more than that. */
    InspectedUpload inspect(String originalFileName, InputStream content, UploadPolicy policy);
}
