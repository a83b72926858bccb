/**
 * The SSA service's capability in {@code /capabilities}: SSA 1.1 described by SimpleDALRegExt's
 * {@code ssa:SimpleSpectralAccess}.
 */
package org.voarchive.ssa.vosi;
