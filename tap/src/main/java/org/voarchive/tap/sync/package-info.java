/** {@code /tap/sync}: a query answered in the response, streamed as it is read. */
package org.voarchive.tap.sync;
