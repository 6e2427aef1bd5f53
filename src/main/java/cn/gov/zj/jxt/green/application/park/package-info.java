/**
 * The park programmes (浙经信绿色〔2022〕64号, seed 000): the province keeps each year's city targets for provincial
 * green low-carbon industrial parks; anyone reads the progress, counted from the registry, against them and against
 * the goal of 50 by 2025. Circular transformation plans (seed 001) are filed by parks and decided by the province;
 * national low-carbon park pilots (seed 002) are called, applied for, shortlisted and recommended in a joint letter.
 */
package cn.gov.zj.jxt.green.application.park;
