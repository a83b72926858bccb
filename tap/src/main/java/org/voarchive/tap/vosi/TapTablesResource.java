package org.voarchive.tap.vosi;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import java.util.Locale;
import org.voarchive.server.dali.DaliException;
import org.voarchive.server.tables.SchemaDescription;
import org.voarchive.server.tables.TableCatalog;
import org.voarchive.server.tables.TableDescription;
import org.voarchive.server.tables.TablesDocument;

/** {@code /tap/tables}: what TAP_SCHEMA describes, as VOSI-tables documents. */
@Path("tap/tables")
public class TapTablesResource {

    @Inject
    TableCatalog catalog;

    @GET
    @Produces("application/xml")
    public StreamingOutput tableset(@QueryParam("detail") String detail) {
        TablesDocument.Detail level = detail(detail);
        List<SchemaDescription> schemas = catalog.schemas();
        return out -> TablesDocument.writeTableset(schemas, level, out);
    }

    @GET
    @Path("{table}")
    @Produces("application/xml")
    public StreamingOutput table(@PathParam("table") String name) {
        TableDescription table = catalog.table(name)
                .or(() -> catalog.tables().stream().filter(t -> t.tableName().equalsIgnoreCase(name)).findFirst())
                .orElseThrow(() -> new NotFoundException("no table " + name + " in this service"));
        return out -> TablesDocument.writeTable(table, out);
    }

    private static TablesDocument.Detail detail(String detail) {
        if (detail == null || detail.isBlank()) {
            return TablesDocument.Detail.MAX;
        }
        try {
            return TablesDocument.Detail.valueOf(detail.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DaliException("detail must be min or max, not '" + detail + "'");
        }
    }
}
