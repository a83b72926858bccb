/**
 * Notifications to PIs and delegates when new data of their programmes is published: products are
 * gathered per programme for a short while, then each subscription of an account that still holds a
 * role in the programme gets one notice listing them, by webhook (an HTTP POST of JSON) and/or e-mail
 * (through the configured SMTP relay). Sending happens off the ingest threads; a failure is logged and
 * never affects publishing.
 */
package org.voarchive.ingest.notify;
