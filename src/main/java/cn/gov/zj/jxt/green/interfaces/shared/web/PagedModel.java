package cn.gov.zj.jxt.green.interfaces.shared.web;

import java.util.List;
import java.util.Map;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import cn.gov.zj.jxt.green.domain.shared.Page;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;

/**
 * A PrimeFaces lazy table model that asks a service for one page at a time; the table's own filters are not
 * used (each page has its search form), so the model needs only the loader and the row key.
 */
public class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Loads one page; serializable because view-scoped beans hold the model. */
    @FunctionalInterface
    public interface Loader<T> extends java.io.Serializable {
        Page<T> load(PageRequest request);
    }

    /** The row key of an item, for selection. */
    @FunctionalInterface
    public interface KeyOf<T> extends java.io.Serializable {
        String key(T item);
    }

    private final Loader<T> loader;
    private final KeyOf<T> keyOf;
    private transient Page<T> last;

    public PagedModel(Loader<T> loader, KeyOf<T> keyOf) {
        this.loader = loader;
        this.keyOf = keyOf;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, page(0, 1).total());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Page<T> page = page(first, pageSize);
        setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
        return page.items();
    }

    private Page<T> page(int first, int size) {
        last = loader.load(new PageRequest(first, size));
        return last;
    }

    @Override
    public String getRowKey(T item) {
        return keyOf.key(item);
    }

    @Override
    public T getRowData(String rowKey) {
        return last == null ? null
                : last.items().stream().filter(i -> keyOf.key(i).equals(rowKey)).findFirst().orElse(null);
    }
}
