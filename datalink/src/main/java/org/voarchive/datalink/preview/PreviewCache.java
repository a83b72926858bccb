package org.voarchive.datalink.preview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.ImageIO;
import org.voarchive.datalink.files.StoredFiles;
import org.voarchive.db.files.ArchivedFile;

/**
 * Previews kept in the store as {@code previews/<ARCFILE>.png}: rendered on the first request, then
 * read from disk. Callers must have found the product released before asking; the cache never decides
 * who may see what. Concurrent first requests may each render; the last rename wins with equal bytes.
 */
@ApplicationScoped
public class PreviewCache {

    static {
        // rendering needs no display; must be set before AWT initialises
        System.setProperty("java.awt.headless", "true");
    }

    @Inject
    StoredFiles files;

    private final PreviewRenderer renderer = new PreviewRenderer();

    /** The PNG of a released product, rendered now unless already cached. */
    public Path preview(ArchivedFile product) throws IOException {
        Path png = files.root().resolve("previews").resolve(product.arcfile() + ".png").normalize();
        if (!png.startsWith(files.root().resolve("previews"))) {
            throw new IOException("no preview name for " + product.arcfile());
        }
        if (Files.isRegularFile(png)) {
            return png;
        }
        BufferedImage image = renderer.render(files.path(product));
        Files.createDirectories(png.getParent());
        Path partial = Files.createTempFile(png.getParent(), product.arcfile(), ".part");
        try {
            try (OutputStream out = Files.newOutputStream(partial)) {
                if (!ImageIO.write(image, "png", out)) {
                    throw new IOException("no PNG writer in this Java runtime");
                }
            }
            Files.move(partial, png, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        return png;
    }
}
