/**
 * The deployable application: the JAX-RS application that finds every module's resources. Everything
 * else (configuration, the connection pool, start-up) lives in the modules it belongs to.
 */
package org.voarchive.war;
