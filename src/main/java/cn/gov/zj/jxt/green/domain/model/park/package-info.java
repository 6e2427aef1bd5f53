/**
 * The park programmes of the province. This slice follows 浙经信绿色〔2022〕64号 (seed 000): the province-wide goal of
 * 50 provincial green low-carbon industrial parks by 2025 (§一), the yearly number each city is to build (附件, kept by
 * the province per year) and the progress towards both, counted from the registry of listed units, never typed.
 *
 * <p>Circular transformation (发改办环资〔2021〕1004号, seed 001): each park's implementation plan, one per park
 * (一园一策, §三(二)), written by the park's management body with the contents §三(三) lists, reviewed by the province and
 * approved or returned with comments ({@link cn.gov.zj.jxt.green.domain.model.park.TransformationPlan}); from 2022
 * each approved plan's yearly progress report, due by December 31 (§三(三),
 * {@link cn.gov.zj.jxt.green.domain.model.park.ProgressReport}), summed per city and for the province
 * ({@link cn.gov.zj.jxt.green.domain.model.park.ProgressTotals}); and the province's acceptance (验收, §三(五)).
 *
 * <p>National low-carbon industrial park pilots (工信部联节〔2013〕408号, seed 002): the province's yearly call
 * ({@link cn.gov.zj.jxt.green.domain.model.park.PilotCall}), parks' applications with the conditions of §四(一) and
 * the annex's material ({@link cn.gov.zj.jxt.green.domain.model.park.PilotApplication}), the shortlist of two or three
 * (§四(二)) in the joint recommendation letter, and the later stages to a withdrawn title (§四(三)–(六), §五(四)).
 */
package cn.gov.zj.jxt.green.domain.model.park;
