/**
 * HTTP concerns shared by every resource: the public base URL, the HTML landing page, and the
 * exception mappers that keep stack traces and server internals out of every response.
 */
package org.voarchive.server.web;
