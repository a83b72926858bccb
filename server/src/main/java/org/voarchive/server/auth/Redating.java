package org.voarchive.server.auth;

import java.util.List;

/**
 * What setting a programme's proprietary period changed in data already ingested: its science files,
 * and the files made from them, now become public the new period after their observation.
 *
 * @param files    how many files (raw frames, association trees, products) have a new release date
 * @param products the publisher DIDs of the products among them, whose ObsCore rows changed too
 */
public record Redating(int files, List<String> products) {

    public Redating {
        products = List.copyOf(products);
    }
}
