package org.voarchive.ingest.index;

import org.voarchive.db.obscore.ObsCoreRecord;
import org.voarchive.facets.index.ProductDocument;

/** From an {@code ivoa.obscore} row to the search's view of the product. */
public final class ProductDocuments {

    private ProductDocuments() {
    }

    /**
     * @param arcfile the product's stored file, or null when the archive holds none (demo rows)
     */
    public static ProductDocument of(ObsCoreRecord r, String arcfile) {
        return new ProductDocument(r.obsPublisherDid(), r.obsId(), r.obsTitle(), r.targetName(), r.targetClass(),
                r.instrumentName(), r.obsCollection(), r.dataproductType(), r.calibLevel(), r.proposalId(),
                r.sRa(), r.sDec(), r.snr(), r.emResPower(), r.emMin(), r.emMax(), r.tExptime(), r.abmaglim(), r.tMin(),
                r.obsReleaseDate(), r.accessUrl(), arcfile);
    }
}
