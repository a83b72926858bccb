package org.voarchive.tap.upload;

import java.util.ArrayList;
import java.util.List;
import org.voarchive.server.tables.SchemaDescription;
import org.voarchive.server.tables.TableCatalog;
import org.voarchive.tap.adql.AdqlTranslator;

/** The service's tables plus a query's uploads in the {@code TAP_UPLOAD} schema. */
public final class UploadCatalog implements TableCatalog {

    public static final String SCHEMA = AdqlTranslator.UPLOAD_SCHEMA;

    private final List<SchemaDescription> schemas;

    private UploadCatalog(List<SchemaDescription> schemas) {
        this.schemas = schemas;
    }

    /** The base catalog, with the uploads added when there are any. */
    public static TableCatalog with(TableCatalog base, List<UploadTable> uploads) {
        if (uploads.isEmpty()) {
            return base;
        }
        List<SchemaDescription> schemas = new ArrayList<>(base.schemas());
        schemas.add(new SchemaDescription(SCHEMA, null, "tables uploaded with the query",
                uploads.stream().map(UploadTable::description).toList()));
        return new UploadCatalog(List.copyOf(schemas));
    }

    @Override
    public List<SchemaDescription> schemas() {
        return schemas;
    }
}
