package org.voarchive.ingest.publish;

/**
 * Hears of every product after its publication committed. Listeners run on the ingest workers, several
 * at once, so they must be thread-safe and quick; a listener that fails is logged and does not undo the
 * publication, which the database holds.
 */
@FunctionalInterface
public interface PublishedListener {

    void published(PublishedProduct product);
}
