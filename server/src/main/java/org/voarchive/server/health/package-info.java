/**
 * Health for operators and orchestrators: JSON at {@code /health}, shaped like MicroProfile Health
 * ({@code status} UP or DOWN and one entry per check), answering 503 when the archive cannot serve.
 */
package org.voarchive.server.health;
