/**
 * The park programmes of the province. This slice follows 浙经信绿色〔2022〕64号 (seed 000): the province-wide goal of
 * 50 provincial green low-carbon industrial parks by 2025 (§一), the yearly number each city is to build (附件, kept by
 * the province per year) and the progress towards both, counted from the registry of listed units, never typed.
 */
package cn.gov.zj.jxt.green.domain.model.park;
