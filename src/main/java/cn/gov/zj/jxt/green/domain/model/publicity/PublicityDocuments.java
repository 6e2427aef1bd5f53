package cn.gov.zj.jxt.green.domain.model.publicity;

import cn.gov.zj.jxt.green.domain.model.document.content.Agency;
import cn.gov.zj.jxt.green.domain.model.document.content.Annex;
import cn.gov.zj.jxt.green.domain.model.document.content.AnnexBlock;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentContent;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentFormat;
import cn.gov.zj.jxt.green.domain.model.document.content.Imprint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The two documents of the publicity: the 公示 notice (plain format, unnumbered, the list as annex, 004 §(十六))
 * and the joint publication 联合发文 of the three agencies (文件 format, numbered, the list as annex, 003 §二(四)).
 * Their wording is the department's and so Chinese, whatever the reader's language.
 */
public final class PublicityDocuments {

    private PublicityDocuments() {
    }

    public static DocumentContent notice(String batchTitle, LocalDate startDate, LocalDate lastDay,
            List<PublicityEntry> entries, String contact, LocalDate dated) {
        List<String> body = List.of(
                "根据《浙江省绿色制造体系梯度培育及管理实施细则》（浙经信绿色〔2024〕105号）第十六条，经各设区市推荐、"
                        + "省级综合评审，现将" + batchTitle + "拟入选名单（共" + entries.size() + "家，见附件）予以公示。",
                "公示时间：" + DocumentContent.chineseDate(startDate) + "至" + DocumentContent.chineseDate(lastDay)
                        + "（共" + (lastDay.toEpochDay() - startDate.toEpochDay() + 1) + "天）。",
                "公示期间，如对名单有异议，请以书面形式实名反映，写明真实姓名、有效身份证件号码和联系方式，"
                        + "并提供具体事实和证明材料，可通过本平台“公示公告”栏目在线提交或寄送至联系地址。"
                        + "匿名、无具体事实或超过公示期限的异议不予受理。",
                "联系方式：" + contact + "。");
        Annex annex = new Annex(1, batchTitle + "拟入选名单", List.of(table(entries)));
        return new DocumentContent(DocumentFormat.PLAIN, List.of(Agency.ECONOMY), null,
                batchTitle + "拟入选名单公示", null, body, List.of(annex), dated, null, batchTitle + "公示");
    }

    public static DocumentContent jointPublication(String batchTitle, LocalDate startDate, LocalDate lastDay,
            List<PublicityEntry> listed, LocalDate effective, LocalDate dated) {
        List<String> body = List.of(
                "根据《浙江省绿色制造体系梯度培育及管理实施细则》（浙经信绿色〔2024〕105号），经设区市推荐、省级综合评审，"
                        + "并于" + DocumentContent.chineseDate(startDate) + "至" + DocumentContent.chineseDate(lastDay)
                        + "公示无异议，现将" + batchTitle + "名单（共" + listed.size() + "家，见附件）予以公布，自"
                        + DocumentContent.chineseDate(effective) + "起列入省级绿色制造名单。",
                "各设区市经信、发展改革、生态环境部门要加强对名单单位的动态管理，督促名单单位于每年4月15日前填报动态管理表；"
                        + "名单单位要持续提升绿色低碳发展水平，发挥示范引领作用。");
        Annex annex = new Annex(1, batchTitle + "名单", List.of(table(listed)));
        return new DocumentContent(DocumentFormat.FILE,
                List.of(Agency.ECONOMY, Agency.DEVELOPMENT_REFORM, Agency.ECOLOGY_ENVIRONMENT), null,
                "关于公布" + batchTitle + "名单的通知", "各设区市经信局、发展改革委（局）、生态环境局", body,
                List.of(annex), dated, new Imprint(null, "浙江省经济和信息化厅办公室", dated), batchTitle + "名单");
    }

    private static AnnexBlock.Table table(List<PublicityEntry> entries) {
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (PublicityEntry e : entries) {
            rows.add(List.of(String.valueOf(++n), e.getUnitName(), e.getUnitType().documentName(), e.getCityName(),
                    e.getInstitutionName() == null ? "" : e.getInstitutionName()));
        }
        return new AnnexBlock.Table(List.of("序号", "名称", "类型", "设区市", "第三方机构名称（如有）"),
                List.of(1, 5, 3, 2, 4), rows);
    }
}
