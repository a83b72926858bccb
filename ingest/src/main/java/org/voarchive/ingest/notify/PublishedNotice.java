package org.voarchive.ingest.notify;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import org.voarchive.db.obscore.ObsCoreRecord;
import org.voarchive.ingest.publish.PublishedProduct;

/**
 * What a notice says about one published product.
 *
 * @param releaseDate when it becomes public, or null
 */
public record PublishedNotice(String progId, String arcfile, String publisherDid, String obsId, String dataproductType,
        String instrument, String target, Instant releaseDate, String accessUrl) {

    /** The notice of a product, or null when the product names no programme. */
    public static PublishedNotice of(PublishedProduct product) {
        ObsCoreRecord o = product.obscore();
        if (o == null || o.proposalId() == null || o.proposalId().isBlank()) {
            return null;
        }
        return new PublishedNotice(o.proposalId(), product.arcfile(), o.obsPublisherDid(), o.obsId(),
                o.dataproductType(), o.instrumentName(), o.targetName(), o.obsReleaseDate(), o.accessUrl());
    }

    JsonObject json() {
        JsonObjectBuilder b = Json.createObjectBuilder().add("arcfile", arcfile);
        text(b, "obs_publisher_did", publisherDid);
        text(b, "obs_id", obsId);
        text(b, "dataproduct_type", dataproductType);
        text(b, "instrument_name", instrument);
        text(b, "target_name", target);
        text(b, "obs_release_date", releaseDate == null ? null : releaseDate.toString());
        text(b, "access_url", accessUrl);
        return b.build();
    }

    /** One line of the e-mail. */
    String line() {
        return arcfile + "  " + (dataproductType == null ? "" : dataproductType) + "  "
                + (instrument == null ? "" : instrument) + "  " + (target == null ? "" : target)
                + (releaseDate == null ? "" : "  public from " + releaseDate)
                + (accessUrl == null ? "" : "\n    " + accessUrl);
    }

    private static void text(JsonObjectBuilder b, String key, String value) {
        if (value == null) {
            b.addNull(key);
        } else {
            b.add(key, value);
        }
    }
}
