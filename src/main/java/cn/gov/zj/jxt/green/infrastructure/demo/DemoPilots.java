package cn.gov.zj.jxt.green.infrastructure.demo;

import cn.gov.zj.jxt.green.application.document.DocumentService;
import cn.gov.zj.jxt.green.application.park.PilotApplicationForm;
import cn.gov.zj.jxt.green.application.park.PilotCallForm;
import cn.gov.zj.jxt.green.application.park.PilotService;
import cn.gov.zj.jxt.green.application.park.PilotService.ApplicationView;
import cn.gov.zj.jxt.green.application.park.PilotService.CallView;
import cn.gov.zj.jxt.green.domain.model.document.content.Agency;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentContent;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentFormat;
import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationRepository;
import cn.gov.zj.jxt.green.domain.model.park.ZoneKind;
import cn.gov.zj.jxt.green.infrastructure.time.MovableClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The 2025 call for national low-carbon industrial park pilots (工信部联节〔2013〕408号): three registry parks apply
 * (湖州南太湖, 萧山, 嘉兴秀洲), the province finds them eligible, shortlists 南太湖 and 秀洲 and issues the joint
 * recommendation letter of 经信厅 and 发改委 with them as its annex; 萧山 stays eligible, not recommended.
 */
@ApplicationScoped
public class DemoPilots {

    static final String TITLE = "2025年国家低碳工业园区试点申报（示例）";
    static final String XIUZHOU = DemoTransformationPlans.code("330411", "0003");
    static final String XIAOSHAN = DemoTransformationPlans.code("330109", "0012");

    @Inject
    PilotService pilots;

    @Inject
    DocumentService documents;

    @Inject
    OrganisationRepository organisations;

    @Inject
    DemoActors actors;

    @Inject
    MovableClock clock;

    public void load() {
        try {
            actors.at(LocalDate.of(2025, 9, 15));
            CallView call = actors.as("province", () -> pilots.openCall(new PilotCallForm(2025, TITLE,
                    LocalDate.of(2025, 11, 30), 10)));
            actors.at(LocalDate.of(2025, 10, 20));
            long nantaihu = apply(call, DemoTransformationPlans.NANTAIHU, ZoneKind.ECONOMIC_DEVELOPMENT_ZONE,
                    new BigDecimal("1300000"), new BigDecimal("1100000"));
            long xiuzhou = apply(call, XIUZHOU, ZoneKind.HIGH_TECH_ZONE, new BigDecimal("980000"),
                    new BigDecimal("900000"));
            long xiaoshan = apply(call, XIAOSHAN, ZoneKind.NEW_INDUSTRIALISATION_BASE, new BigDecimal("1600000"),
                    new BigDecimal("1580000"));
            actors.at(LocalDate.of(2025, 11, 10));
            for (long id : List.of(nantaihu, xiuzhou, xiaoshan)) {
                actors.as("province", () -> pilots.checkEligibility(id, true, null));
            }
            actors.at(LocalDate.of(2025, 11, 18));
            actors.as("province", () -> pilots.recommend(nantaihu));
            actors.as("province", () -> pilots.recommend(xiuzhou));
            actors.at(LocalDate.of(2025, 11, 20));
            actors.as("province", () -> pilots.issueLetter(call.id()));
        } finally {
            clock.reset();
        }
    }

    /** The park applies with made-up figures: CO2 falling from {@code co2First} to {@code co2Last} over 2022–2024. */
    private long apply(CallView call, String creditCode, ZoneKind kind, BigDecimal co2First, BigDecimal co2Last) {
        Organisation park = organisations.findByCreditCode(creditCode).orElseThrow();
        BigDecimal co2Middle = co2First.add(co2Last).divide(BigDecimal.valueOf(2));
        List<PilotApplicationForm.Year> years = List.of(year(2022, "1450000", co2First), year(2023, "1520000", co2Middle),
                year(2024, "1610000", co2Last));
        PilotApplicationForm form = new PilotApplicationForm(call.id(), kind, true, true, true,
                park.getName() + "列入《中国开发区审核公告目录》，规划面积约30平方公里，以高端装备、新材料为主导产业，"
                        + "骨干企业40余家，建有检验检测、现代物流和电子商务公共服务平台。",
                "建有低碳技术研发和推广应用公共服务平台，近三年推广余热利用、高效电机等低碳技术20余项。",
                "近三年综合能耗年均增长低于工业增加值增速，分布式光伏装机逐年增加，可再生能源占比提高到8%。",
                "一般工业固体废物综合利用率保持在90%以上，企业间废物交换利用和中水回用体系已初步建立。",
                "管委会设低碳发展办公室，已编制园区碳排放清单，重点企业建立碳排放统计、监测和报告制度。",
                "到试点期末单位工业增加值二氧化碳排放比基期下降20%以上；实施集中供热、光伏、储能和固废资源化等重点项目。",
                years);
        byte[] pdf = documents.previewPdf(new DocumentContent(DocumentFormat.PLAIN, List.of(new Agency(park.getName())),
                null, "国家低碳工业园区试点申报材料（示例）", null, List.of("一、园区基本情况",
                        "本材料为演示数据，按《国家低碳工业园区试点申报材料要求》的结构编写，用于" + call.title() + "。"),
                List.of(), clock.today(), null, "申报材料"));
        ApplicationView applied = actors.asApplicant(park, () -> pilots.apply(form, "低碳工业园区试点申报材料.pdf",
                new ByteArrayInputStream(pdf)));
        return applied.id();
    }

    private static PilotApplicationForm.Year year(int year, String addedValue, BigDecimal co2) {
        return new PilotApplicationForm.Year(year, new BigDecimal(addedValue), new BigDecimal("480000"),
                new BigDecimal("9500000"), co2, new BigDecimal("320000"), new BigDecimal("296000"));
    }
}
