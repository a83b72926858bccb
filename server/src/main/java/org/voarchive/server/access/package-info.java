/**
 * Who is asking: the authenticated caller of a request, as every protocol sees it. Authentication sets
 * the request's {@link jakarta.ws.rs.core.SecurityContext} (principal: the account name; role
 * {@value org.voarchive.server.access.Caller#OPERATOR_ROLE} for operators); the database decides what
 * that caller may see, by row-level security keyed on the caller's name.
 */
package org.voarchive.server.access;
