package org.voarchive.ingest.index;

/**
 * What a comparison of the index with the database found (and repaired).
 *
 * @param products products in the database
 * @param missing  products the index did not have
 * @param changed  products whose indexed description differed from the database's
 * @param stale    indexed documents of products the database no longer has
 */
public record Drift(long products, long missing, long changed, long stale) {

    public boolean none() {
        return missing == 0 && changed == 0 && stale == 0;
    }

    @Override
    public String toString() {
        return products + " products; " + missing + " missing from the index, " + changed + " changed, " + stale
                + " no longer in the database";
    }
}
