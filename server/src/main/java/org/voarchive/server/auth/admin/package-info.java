/**
 * The operators' administration API under {@code /admin}: accounts, groups and their members, programme
 * grants (PI and delegates, accounts or groups) and proprietary periods. JSON in and out; only operators
 * are let in ({@link org.voarchive.server.auth.OperatorsOnly}).
 */
package org.voarchive.server.auth.admin;
