package cn.gov.zj.jxt.green.application.nomination;

import java.io.Serializable;
import cn.gov.zj.jxt.green.application.document.DocumentService.RenditionType;
import cn.gov.zj.jxt.green.application.shared.FileDownload;
import cn.gov.zj.jxt.green.domain.model.nomination.Engagement;
import jakarta.validation.constraints.NotNull;
import java.io.InputStream;
import java.util.List;

/**
 * A third-party institution's side of an engagement (003 §二(一), 004 §(二十二)): it accepts within its caps —
 * 10 provincial projects per batch for the legal person with its affiliates, 15 national projects a year for
 * its legal representative (configurable per batch) — which generates the undertaking 承诺书, and it uploads the
 * undertaking back signed.
 */
public interface EngagementService {

    /** The signed-in institution's engagements, newest first. */
    List<Engagement> mine();

    Engagement get(long id);

    /** Accepts a requested engagement if the caps allow; the refusal names the count and the cap. */
    Engagement accept(long id);

    Engagement decline(long id);

    /** The generated undertaking, as issued. */
    FileDownload undertaking(long id, @NotNull RenditionType type);

    /**
     * The undertaking signed: a digitally signed PDF must verify (intact, covering the whole file); a PDF
     * without a signature is taken as a sealed scan, not digitally verified. The SHA-256 of the upload is kept.
     */
    Engagement uploadSigned(long id, String fileName, InputStream content);

    FileDownload signedCopy(long id);

    /** How many accepted projects count against each cap for this engagement's institution. */
    CapUse capUse(long id);

    /**
     * The cap an engagement's acceptance counts against (004 §(二十二)): for a national batch the projects of the
     * institution's legal representative in the year, otherwise those of its group in the batch; and the refusal a
     * further acceptance meets once it is reached.
     */
    record CapUse(long used, int cap, String refusalKey, List<Object> refusalArguments) implements Serializable {

        public boolean reached() {
            return used >= cap;
        }
    }
}
