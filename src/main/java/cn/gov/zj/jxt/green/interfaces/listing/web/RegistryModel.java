package cn.gov.zj.jxt.green.interfaces.listing.web;

import cn.gov.zj.jxt.green.application.listing.RegistryService;
import cn.gov.zj.jxt.green.domain.model.listing.RegistryRow;
import cn.gov.zj.jxt.green.domain.model.listing.UnitQuery;
import cn.gov.zj.jxt.green.domain.model.listing.UnitSort;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The registry table's rows: counted once per request and paged and sorted by the database, never in memory. The
 * table's own filters are not used; the page's filter form (in the URL) gives the query.
 */
public class RegistryModel extends LazyDataModel<RegistryRow> {

    private static final long serialVersionUID = 1L;

    /** The registry is an EJB proxy, which may be held by a view-scoped model. */
    private final RegistryService registry;
    private final UnitQuery query;

    public RegistryModel(RegistryService registry, UnitQuery query) {
        this.registry = registry;
        this.query = query;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, registry.count(query));
    }

    @Override
    public List<RegistryRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
        return registry.rows(sorted(sortBy), new PageRequest(first, pageSize));
    }

    /** The table's column sort, if one was clicked, over the URL's. */
    UnitQuery sorted(Map<String, SortMeta> sortBy) {
        for (SortMeta meta : sortBy.values()) {
            if (meta.getOrder() == SortOrder.UNSORTED) {
                continue;
            }
            UnitSort sort = switch (meta.getField()) {
                case "name" -> UnitSort.NAME;
                case "year" -> UnitSort.YEAR;
                case "cityName" -> UnitSort.CITY;
                case "level" -> UnitSort.LEVEL;
                case "type" -> UnitSort.TYPE;
                case "listedAt" -> UnitSort.LISTED_AT;
                default -> null;
            };
            if (sort != null) {
                return query.withSort(sort, meta.getOrder() == SortOrder.ASCENDING);
            }
        }
        return query;
    }

    @Override
    public String getRowKey(RegistryRow row) {
        return String.valueOf(row.id());
    }

    @Override
    public RegistryRow getRowData(String rowKey) {
        // No selection on this table.
        return null;
    }
}
