/**
 * Authentication: who sent a request. {@link org.voarchive.server.auth.AuthenticationFilter} reads the
 * {@code Authorization} header (HTTP Basic with a password or an API token, or a Bearer token), asks a
 * {@link org.voarchive.server.auth.CredentialStore} (implemented by the storage layer) whether it holds,
 * and sets the request's {@link jakarta.ws.rs.core.SecurityContext}, which
 * {@link org.voarchive.server.access.Caller#of} reads. No credentials: the request is anonymous.
 * Wrong credentials: 401 with a challenge. The token endpoints and the operators' administration API
 * live here too, on SPIs the storage layer implements.
 */
package org.voarchive.server.auth;
