package org.voarchive.ingest.simulate;

import java.time.Instant;

/** One execution of a template: TPL ID, TPL START (the grouping key) and TPL NEXP. */
record TemplateRun(String id, Instant start, int exposures) {
}
