package cn.gov.zj.jxt.green.application.nomination;

import cn.gov.zj.jxt.green.application.shared.FileDownload;
import cn.gov.zj.jxt.green.application.shared.FileStore;
import cn.gov.zj.jxt.green.application.shared.InputValidation;
import cn.gov.zj.jxt.green.application.shared.InspectedUpload;
import cn.gov.zj.jxt.green.application.shared.RecordNotFoundException;
import cn.gov.zj.jxt.green.application.shared.RejectedUploadException;
import cn.gov.zj.jxt.green.application.shared.StoredFile;
import cn.gov.zj.jxt.green.application.shared.UploadInspection;
import cn.gov.zj.jxt.green.application.shared.UploadPolicy;
import cn.gov.zj.jxt.green.domain.shared.EvidenceFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Evidence the public sends with an objection or a named report: at most {@link #MAX_FILES} files, each checked
 * against {@link UploadPolicy#evidence()} (PDF or image, by content, size-limited) and kept in the file store under
 * its SHA-256; read back with its hash checked.
 */
@ApplicationScoped
public class EvidenceFiles {

    /** An evidence file as uploaded. */
    public record Upload(String fileName, byte[] content) {
    }

    public static final int MAX_FILES = 5;

    @Inject
    UploadInspection inspector;

    @Inject
    FileStore fileStore;

    /** The uploads without empty slots, refused as a whole if there are too many. */
    public List<Upload> present(List<Upload> uploads) {
        List<Upload> files = uploads == null ? List.of() : uploads.stream().filter(Objects::nonNull).toList();
        if (files.size() > MAX_FILES) {
            throw InputValidation.violation("evidence", "objection.evidence.tooMany");
        }
        return files;
    }

    /** Checks and stores every file; a refused one throws {@link RejectedUploadException} naming it. */
    public List<EvidenceFile> keep(List<Upload> files) {
        List<EvidenceFile> kept = new ArrayList<>();
        for (Upload file : present(files)) {
            InspectedUpload upload = inspector.inspect(file.fileName(), file.content(), UploadPolicy.evidence());
            StoredFile stored = fileStore.put(upload.content());
            kept.add(new EvidenceFile(upload.fileName(), upload.mediaType(), stored.sha256(), stored.size()));
        }
        return kept;
    }

    /** The {@code position}th (from 1) of {@code files}, for download. */
    public FileDownload read(List<EvidenceFile> files, int position, String owner) {
        if (position < 1 || position > files.size()) {
            throw new RecordNotFoundException("Evidence", owner + "/" + position);
        }
        EvidenceFile file = files.get(position - 1);
        return new FileDownload(file.getFileName(), file.getMediaType(), fileStore.read(file.getSha256()),
                file.getSha256());
    }
}
