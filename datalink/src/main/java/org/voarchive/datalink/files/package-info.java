/**
 * File delivery at {@code /files/{ARCFILE}}: released files of the archive store streamed from disk with
 * their checksum as a strong ETag, conditional requests and single byte ranges. A file that is unknown or
 * still proprietary is answered the same way, so the answer never tells which.
 */
package org.voarchive.datalink.files;
