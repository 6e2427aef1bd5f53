package cn.gov.zj.jxt.green.interfaces.region.rest;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import cn.gov.zj.jxt.green.domain.model.region.Region;
import cn.gov.zj.jxt.green.domain.model.region.RegionLevel;
import cn.gov.zj.jxt.green.domain.model.region.RegionRepository;

/** Open data: the province, its cities and counties. {@code ?level=CITY} filters by tier. */
@Path("regions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RegionResource {

    public record RegionView(String code, String name, String nameEn, RegionLevel level, String parent) {

        static RegionView of(Region region) {
            return new RegionView(region.getCode(), region.getName(), region.getNameEn(), region.getLevel(),
                    region.getParent() == null ? null : region.getParent().getCode());
        }
    }

    public record RegionDetail(RegionView region, List<RegionView> children) {
    }

    @Inject
    RegionRepository regions;

    @GET
    public List<RegionView> list(@QueryParam("level") RegionLevel level) {
        return (level == null ? regions.findAll() : regions.findByLevel(level)).stream().map(RegionView::of).toList();
    }

    @GET
    @Path("{code}")
    public RegionDetail get(@PathParam("code") String code) {
        Region region = regions.find(code).orElseThrow(NotFoundException::new);
        return new RegionDetail(RegionView.of(region),
                regions.findChildren(code).stream().map(RegionView::of).toList());
    }
}
