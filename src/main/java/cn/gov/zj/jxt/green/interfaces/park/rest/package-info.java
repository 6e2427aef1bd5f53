/**
 * The park targets as open data, {@code /api/park-targets/{year}} (JSON, or CSV by Accept or {@code format=csv}),
 * and the province's workspace API that sets them, {@code PUT /api/workspace/park-targets/{year}}.
 */
package cn.gov.zj.jxt.green.interfaces.park.rest;
