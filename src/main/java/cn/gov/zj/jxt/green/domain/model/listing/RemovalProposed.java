package cn.gov.zj.jxt.green.domain.model.listing;

/**
 * A city concluded, outside the removal pages, that a listed unit should leave its lists (a verified named report,
 * 004 §(二十三)), and hands the case to the removal flow (004 §(十九)). Fired as a CDI event inside the concluding
 * transaction, so that the proposal and the conclusion commit together.
 *
 * @param organisationId the listed organisation; the proposal covers each list it is currently on
 * @param ground the ground of 004 §(十九) the city found
 * @param reason the city's finding, in its words
 * @param source what the finding comes from, as shown on the proposal (a named report's receipt code)
 * @param actor the account that concluded
 */
public record RemovalProposed(long organisationId, RemovalGround ground, String reason, String source, String actor) {
}
