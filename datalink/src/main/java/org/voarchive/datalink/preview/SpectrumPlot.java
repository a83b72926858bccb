package org.voarchive.datalink.preview;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.Locale;

/** Draws a spectrum, flux against wavelength, with labelled axes. Stateless. */
final class SpectrumPlot {

    static final int WIDTH = 800;
    static final int HEIGHT = 400;
    private static final int LEFT = 70;
    private static final int RIGHT = 20;
    private static final int TOP = 30;
    private static final int BOTTOM = 50;

    private SpectrumPlot() {
    }

    /**
     * @param wave wavelengths, ascending
     * @param flux fluxes, as many as wavelengths; NaN where there is none
     * @param title the line above the plot
     * @param waveUnit the unit of the wavelengths, for the axis label
     * @param fluxUnit the unit of the fluxes, for the axis label
     */
    static BufferedImage draw(double[] wave, double[] flux, String title, String waveUnit, String fluxUnit) {
        if (wave.length != flux.length || wave.length < 2) {
            throw new IllegalArgumentException("a spectrum needs as many fluxes as wavelengths, at least two");
        }
        double[] fluxRange = Percentiles.of(flux, 0.5, 99.5);
        double fMin = fluxRange[0];
        double fMax = fluxRange[1] > fluxRange[0] ? fluxRange[1] : fluxRange[0] + 1;
        double pad = (fMax - fMin) * 0.05;
        fMin -= pad;
        fMax += pad;
        double wMin = wave[0];
        double wMax = wave[wave.length - 1] > wMin ? wave[wave.length - 1] : wMin + 1;

        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            int plotW = WIDTH - LEFT - RIGHT;
            int plotH = HEIGHT - TOP - BOTTOM;
            g.setColor(Color.BLACK);
            g.drawRect(LEFT, TOP, plotW, plotH);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            g.drawString(title, LEFT, TOP - 10);
            g.drawString(String.format(Locale.ROOT, "%.1f", wMin), LEFT, TOP + plotH + 15);
            String right = String.format(Locale.ROOT, "%.1f", wMax);
            g.drawString(right, LEFT + plotW - g.getFontMetrics().stringWidth(right), TOP + plotH + 15);
            g.drawString("wavelength [" + waveUnit + "]", LEFT + plotW / 2 - 50, HEIGHT - 12);
            g.drawString(String.format(Locale.ROOT, "%.3g", fMax), 5, TOP + 10);
            g.drawString(String.format(Locale.ROOT, "%.3g", fMin), 5, TOP + plotH);
            g.drawString("[" + fluxUnit + "]", 5, TOP + plotH / 2);

            Path2D.Double line = new Path2D.Double();
            boolean pen = false;
            for (int i = 0; i < wave.length; i++) {
                if (!Double.isFinite(flux[i]) || !Double.isFinite(wave[i])) {
                    pen = false;
                    continue;
                }
                double x = LEFT + (wave[i] - wMin) / (wMax - wMin) * plotW;
                double y = TOP + plotH - (Math.max(fMin, Math.min(fMax, flux[i])) - fMin) / (fMax - fMin) * plotH;
                if (pen) {
                    line.lineTo(x, y);
                } else {
                    line.moveTo(x, y);
                    pen = true;
                }
            }
            g.setClip(LEFT, TOP, plotW, plotH);
            g.setColor(new Color(0x1f, 0x4e, 0x9c));
            g.setStroke(new BasicStroke(1f));
            g.draw(line);
        } finally {
            g.dispose();
        }
        return image;
    }
}
