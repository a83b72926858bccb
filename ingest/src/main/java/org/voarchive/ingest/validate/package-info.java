/**
 * The validate stage's rules for raw frames: which keywords each instrument's frames must carry and
 * of which type, read from one small file per instrument, and the checks that apply them.
 */
package org.voarchive.ingest.validate;
