/** UWS jobs in PostgreSQL ({@code uws} schema): the {@link org.voarchive.server.uws.JobStore} implementation. */
package org.voarchive.db.uws;
