/**
 * The SSA 1.1 endpoint {@code /ssa}: a thin resource, the service that runs a validated query through
 * TAP's query engine (read-only role, statement timeout, MAXREC and overflow as for TAP), and the
 * VOTable documents SSA adds: the result with its SSA utypes and INFOs, and the FORMAT=METADATA
 * description of the service.
 */
package org.voarchive.ssa.web;
