package cn.gov.zj.jxt.green.interfaces.shared.web;

import cn.gov.zj.jxt.green.application.nomination.EvidenceFiles;
import cn.gov.zj.jxt.green.application.shared.UploadPolicy;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** The evidence files of a public form's {@code h:inputFile multiple}, read for {@link EvidenceFiles}. */
public final class EvidenceParts {

    private EvidenceParts() {
    }

    /**
     * Every non-empty part, read up to one byte past the evidence size limit so that the inspector sees an
     * oversized file as oversized without the whole of it being held.
     */
    public static List<EvidenceFiles.Upload> read(List<Part> parts) throws IOException {
        List<EvidenceFiles.Upload> files = new ArrayList<>();
        if (parts == null) {
            return files;
        }
        for (Part part : parts) {
            if (part.getSize() == 0) {
                continue;
            }
            try (InputStream in = part.getInputStream()) {
                files.add(new EvidenceFiles.Upload(part.getSubmittedFileName(),
                        in.readNBytes((int) UploadPolicy.evidence().maxBytes() + 1)));
            }
        }
        return files;
    }
}
