/**
 * JPA repositories (EclipseLink, container-managed persistence unit "portal") and the Flyway migration that
 * owns the schema (src/main/resources/db/migration).
 */
package cn.gov.zj.jxt.green.infrastructure.persistence;
