package cn.gov.zj.jxt.green.domain.model.document.content;

import java.util.List;
import java.util.Objects;

/**
 * 附件N (GB/T 9704 7.3.7). Annexes with {@code blocks} are rendered as pages of the document, each starting a new
 * page; an annex without blocks is a separate file (uploaded, e.g. an evaluation guide) that the 附件说明 still lists.
 */
public record Annex(int number, String title, List<AnnexBlock> blocks) {

    public Annex {
        Objects.requireNonNull(title, "title");
        if (number < 1) {
            throw new IllegalArgumentException("annexes are numbered from 1");
        }
        blocks = List.copyOf(blocks);
    }

    /** An annex delivered as its own file: listed in 附件说明, not rendered into the document. */
    public static Annex separateFile(int number, String title) {
        return new Annex(number, title, List.of());
    }

    public boolean rendered() {
        return !blocks.isEmpty();
    }
}
