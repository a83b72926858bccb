/**
 * The archive's IVOA publishing registry (Registry Interfaces 1.1) at {@code /oai}: OAI-PMH 2.0 requests
 * parsed into an {@link org.voarchive.server.registry.OaiRequest}, answered by
 * {@link org.voarchive.server.registry.OaiResponder} from the {@link org.voarchive.server.registry.RegistryRecord}s
 * that {@link org.voarchive.server.registry.RegistryRecords} builds from one source of truth: the
 * configuration, the capabilities the deployed modules register, TAP_SCHEMA and the coverage of the holdings.
 */
package org.voarchive.server.registry;
