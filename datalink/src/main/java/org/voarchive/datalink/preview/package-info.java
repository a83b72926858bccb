/**
 * Previews of released products as PNG, rendered by the archive with {@code java.awt} (headless): a plot
 * of flux against wavelength for spectra, an asinh stretch between percentiles for images. Each is drawn
 * once and kept in the store under {@code previews/}.
 */
package org.voarchive.datalink.preview;
