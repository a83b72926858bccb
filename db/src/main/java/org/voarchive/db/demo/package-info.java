/**
 * Demo holdings: a deterministic, observatory-like set of Phase 3 products (spectra, images and cubes
 * from several instruments, some still proprietary) that an empty archive loads on first start, so that
 * every service has something real to answer with. Ingest replaces it with real products; nothing else
 * depends on this package.
 */
package org.voarchive.db.demo;
