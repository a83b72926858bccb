package org.voarchive.ingest.phase3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import nom.tam.fits.BasicHDU;
import nom.tam.fits.Fits;
import nom.tam.fits.Header;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Phase3ValidatorTest {

    /** A change to a product's HDUs before it is written again with fresh checksums. */
    private interface Edit {
        BasicHDU<?>[] apply(BasicHDU<?>[] hdus) throws Exception;
    }

    @TempDir
    Path dir;

    private final Phase3Validator validator = new Phase3Validator();
    private Path spectrum;
    private Path image;

    @BeforeEach
    void writeProducts() throws Exception {
        spectrum = dir.resolve("spectrum.fits");
        image = dir.resolve("image.fits");
        Phase3Writer writer = new Phase3Writer();
        writer.writeSpectrum(Products.spectrumMetadata().build(), Products.echelleSpectrum(), spectrum);
        writer.writeImage(Products.imageMetadata().build(), Products.image(), image);
    }

    @Test
    void writtenProductsComply() throws Exception {
        assertEquals(List.of(), validator.validate(spectrum));
        assertEquals(List.of(), validator.validate(image));
        Header[] headers = Arrays.stream(Products.read(spectrum)).map(BasicHDU::getHeader).toArray(Header[]::new);
        assertEquals(List.of(), validator.validate(List.of(headers)));
    }

    @Test
    void missingMandatoryKeyword() throws Exception {
        Path broken = edit(spectrum, hdus -> {
            hdus[0].getHeader().deleteKey("SNR");
            hdus[1].getHeader().deleteKey("TUCD1");
            return hdus;
        });
        assertEquals(Set.of("PRIMARY SNR MISSING_KEYWORD", "SPECTRUM TUCD1 MISSING_KEYWORD"), summary(broken));
    }

    @Test
    void zeroIndexedProvenanceIsForbidden() throws Exception {
        Path broken = edit(spectrum, hdus -> {
            hdus[0].getHeader().addValue("PROV0", "UVES.2024-03-12T03:00:00.000.fits", "");
            return hdus;
        });
        assertEquals(Set.of("PRIMARY PROV0 FORBIDDEN_KEYWORD"), summary(broken));
    }

    @Test
    void cdeltNextToTheCdMatrixIsForbidden() throws Exception {
        Path broken = edit(image, hdus -> {
            hdus[0].getHeader().addValue("CDELT1", -0.106 / 3600, "");
            return hdus;
        });
        assertEquals(Set.of("PRIMARY CDELT1 FORBIDDEN_KEYWORD"), summary(broken));
    }

    @Test
    void bunitInASpectrumIsForbidden() throws Exception {
        Path broken = edit(spectrum, hdus -> {
            hdus[1].getHeader().addValue("BUNIT", "adu", "");
            return hdus;
        });
        assertEquals(Set.of("SPECTRUM BUNIT FORBIDDEN_KEYWORD"), summary(broken));
    }

    @Test
    void quotedNumberIsTheWrongType() throws Exception {
        Path broken = edit(spectrum, hdus -> {
            hdus[0].getHeader().addValue("SNR", "31.6", "");
            hdus[0].getHeader().addValue("CONTNORM", 0, "");
            return hdus;
        });
        assertEquals(Set.of("PRIMARY SNR WRONG_TYPE", "PRIMARY CONTNORM WRONG_TYPE"), summary(broken));
    }

    @Test
    void valueRules() throws Exception {
        Path broken = edit(spectrum, hdus -> {
            Header p = hdus[0].getHeader();
            p.addValue("FLUXERR", 5.0, "");
            p.addValue("WAVELMIN", 700.0, "");
            p.addValue("MJD-END", p.getDoubleValue("MJD-OBS") - 0.5, "");
            p.addValue("ORIGIN", "ESO-PARANAL", "");
            hdus[1].getHeader().addValue("RA", 360.0, "");
            hdus[1].getHeader().addValue("DEC", -90.5, "");
            return hdus;
        });
        assertEquals(Set.of("PRIMARY FLUXERR BAD_VALUE", "PRIMARY WAVELMAX BAD_VALUE", "PRIMARY MJD-END BAD_VALUE",
                "PRIMARY ORIGIN BAD_VALUE", "SPECTRUM RA BAD_VALUE", "SPECTRUM DEC BAD_VALUE"), summary(broken));
    }

    @Test
    void numberingWithAGapOrZeroPadding() throws Exception {
        Path broken = edit(image, hdus -> {
            hdus[0].getHeader().addValue("PROV4", "HAWKI.2024-03-13T00:00:00.000.fits", "");
            hdus[0].getHeader().addValue("OBID01", 3240987, "");
            return hdus;
        });
        assertEquals(Set.of("PRIMARY PROV4 BAD_NUMBERING", "PRIMARY OBID01 BAD_NUMBERING"), summary(broken));
    }

    @Test
    void unknownProductCategoryAndMissingTable() throws Exception {
        Path unknown = edit(spectrum, hdus -> {
            hdus[0].getHeader().addValue("PRODCATG", "SCIENCE.FOO", "");
            return hdus;
        });
        assertEquals(Set.of("PRIMARY PRODCATG UNKNOWN_PRODCATG"), summary(unknown));
        Path noTable = edit(spectrum, hdus -> new BasicHDU<?>[] {hdus[0]});
        assertEquals(Set.of("SPECTRUM  MISSING_HDU"), summary(noTable));
    }

    @Test
    void oneAlteredDataByteBreaksTheChecksums() throws Exception {
        byte[] bytes = Files.readAllBytes(spectrum);
        // The last block holds the end of the SPECTRUM row; its first bytes are data, not padding.
        bytes[bytes.length - HduLayout.BLOCK + 10] ^= 0x01;
        Path broken = Files.write(dir.resolve("flipped.fits"), bytes);
        assertEquals(Set.of("SPECTRUM CHECKSUM BAD_CHECKSUM", "SPECTRUM DATASUM BAD_CHECKSUM"), summary(broken));
    }

    @Test
    void alteredHeaderCardBreaksOnlyTheChecksum() throws Exception {
        String text = new String(Files.readAllBytes(image), java.nio.charset.StandardCharsets.ISO_8859_1);
        int at = text.indexOf("OBJECT  = 'NGC 253");
        byte[] bytes = Files.readAllBytes(image);
        bytes[at + 15] = 'X';
        Path broken = Files.write(dir.resolve("renamed.fits"), bytes);
        assertEquals(Set.of("PRIMARY CHECKSUM BAD_CHECKSUM"), summary(broken));
    }

    @Test
    void truncatedFile() throws Exception {
        byte[] bytes = Files.readAllBytes(spectrum);
        Path cut = Files.write(dir.resolve("cut.fits"), Arrays.copyOf(bytes, bytes.length - 1000));
        List<Violation> violations = validator.validate(cut);
        assertEquals(Set.of("FILE  TRUNCATED"), summary(violations));
        assertTrue(violations.get(0).message().contains("inside HDU 1"), violations.get(0).message());

        Path headerOnly = Files.write(dir.resolve("head.fits"), Arrays.copyOf(bytes, 1000));
        assertTrue(summary(headerOnly).contains("FILE  TRUNCATED"));
    }

    @Test
    void notFits() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.fits"), "SIMPLE products are not always FITS\n");
        assertEquals(Set.of("FILE  NOT_FITS"), summary(text));
        assertEquals(Set.of("FILE  NOT_FITS"), summary(Files.write(dir.resolve("empty.fits"), new byte[0])));
    }

    @Test
    void rulesResourcesAreFoundOnlyForSafeKnownNames() {
        assertEquals("SCIENCE.SPECTRUM", Phase3Rules.forProdcatg("SCIENCE.SPECTRUM").orElseThrow().prodcatg());
        assertEquals(Set.of("PRIMARY", "SPECTRUM"), Phase3Rules.forProdcatg("SCIENCE.SPECTRUM").orElseThrow().hdus());
        assertEquals(Set.of("PRIMARY"), Phase3Rules.forProdcatg("SCIENCE.IMAGE").orElseThrow().hdus());
        assertTrue(Phase3Rules.forProdcatg("../rules/SCIENCE.IMAGE").isEmpty());
        assertTrue(Phase3Rules.forProdcatg("SCIENCE.CUBE.IFS").isEmpty());
        for (ProductCategory c : ProductCategory.values()) {
            assertTrue(Phase3Rules.forProdcatg(c.prodcatg()).isPresent(), c + " has rules");
        }
    }

    private Path edit(Path product, Edit edit) throws Exception {
        Path out = dir.resolve("edited-" + product.getFileName());
        BasicHDU<?>[] hdus = edit.apply(Products.read(product));
        try (Fits fits = new Fits()) {
            for (BasicHDU<?> hdu : hdus) {
                fits.addHDU(hdu);
            }
            fits.setChecksum();
            fits.write(out.toFile());
        }
        return out;
    }

    private Set<String> summary(Path file) throws Exception {
        return summary(validator.validate(file));
    }

    private static Set<String> summary(List<Violation> violations) {
        return violations.stream().map(v -> v.hdu() + " " + v.keyword() + " " + v.code()).collect(Collectors.toSet());
    }
}
