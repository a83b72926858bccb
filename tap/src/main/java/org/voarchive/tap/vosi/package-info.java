/**
 * The TAP service's VOSI endpoints: {@code /tap/tables} (VOSI-tables 1.1 from TAP_SCHEMA, with
 * {@code detail=min|max} and one document per table), {@code /tap/availability} and
 * {@code /tap/capabilities} (TAPRegExt).
 */
package org.voarchive.tap.vosi;
