/**
 * The application server's managed executors (Jakarta Concurrency), on which background work runs: their
 * threads carry the application's context, and the container stops them with the application.
 */
package org.voarchive.server.concurrent;
