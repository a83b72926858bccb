package org.voarchive.datalink.links;

/**
 * What the archive has for one asked ID.
 *
 * @param outcome whether a released product with a stored file was found
 * @param product the product when {@link Outcome#FOUND}, otherwise null
 */
public record ProductLookup(Outcome outcome, StoredProduct product) {

    /** Why links can or cannot be given. */
    public enum Outcome {
        /** A product the caller may see, with its file in the store. */
        FOUND,
        /** No such data set, or a proprietary one the caller may not see: the answer does not tell which. */
        NOT_PUBLIC,
        /** A visible ObsCore data set without a file in the store (the demo holdings are such). */
        NO_FILE
    }

    static ProductLookup found(StoredProduct product) {
        return new ProductLookup(Outcome.FOUND, product);
    }

    static ProductLookup notPublic() {
        return new ProductLookup(Outcome.NOT_PUBLIC, null);
    }

    static ProductLookup noFile() {
        return new ProductLookup(Outcome.NO_FILE, null);
    }
}
