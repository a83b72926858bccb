/**
 * The SIA service's capability in {@code /capabilities}: SIA 2.0 ({@code ivo://ivoa.net/std/SIA#query-2.0})
 * described by SimpleDALRegExt 1.1's {@code sia:SimpleImageAccess} (SIA-v1.2.xsd, whose namespace is
 * still {@code .../SIA/v1.1}).
 */
package org.voarchive.sia.vosi;
