package cn.gov.zj.jxt.green.domain.shared;

import java.io.Serializable;
import java.util.List;

/** One page of a longer result, with the total count so that tables can page. */
public record Page<T>(List<T> items, long total) implements Serializable {

    public Page {
        items = List.copyOf(items);
    }
}
