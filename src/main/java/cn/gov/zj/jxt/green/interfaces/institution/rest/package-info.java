/**
 * The JSON API of third-party institutions' affiliated units, under {@code /api/workspace/institution}. Who may
 * read and change what is the service's decision.
 */
package cn.gov.zj.jxt.green.interfaces.institution.rest;
