/**
 * The nomination cycle over the API: the public quotas of a batch, and the workspace operations of applicants,
 * institutions, county, city and provincial clerks, the same as the pages.
 */
package cn.gov.zj.jxt.green.interfaces.nomination.rest;
