package org.voarchive.facets.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.voarchive.facets.adql.AdqlBridge;
import org.voarchive.facets.index.IndexBusyException;
import org.voarchive.facets.search.BadSearchParameter;
import org.voarchive.facets.search.FacetSearch;
import org.voarchive.facets.search.SearchRequest;
import org.voarchive.facets.search.SearchResult;
import org.voarchive.facets.search.Visibility;
import org.voarchive.facets.service.SearchIndex;
import org.voarchive.server.web.PublicUrl;

/**
 * {@code GET /search}: without parameters, what the service offers; with any, a search. Bad parameters
 * are answered 400 with {@code {"error": ...}} naming the parameter.
 */
@Path("search")
public class SearchResource {

    static final String JSON = "application/json;charset=UTF-8";
    private static final Logger LOG = Logger.getLogger(SearchResource.class.getName());

    @Inject
    SearchIndex index;

    @Inject
    PublicUrl publicUrl;

    @GET
    @Produces(JSON)
    public Response get(@Context UriInfo uri) {
        MultivaluedMap<String, String> parameters = uri.getQueryParameters();
        URI base = publicUrl.base(uri);
        // access control is yet to come: nobody is entitled to proprietary products
        Visibility visibility = Visibility.PUBLIC_ONLY;
        Instant now = Instant.now();
        try {
            FacetSearch search = index.search();
            if (parameters.isEmpty()) {
                SearchResult everything = search.search(SearchRequest.everything(), visibility, now);
                return ok(SearchJson.description(everything));
            }
            SearchRequest request = SearchRequest.parse(parameters);
            SearchResult result = search.search(request, visibility, now);
            return ok(SearchJson.result(result, AdqlBridge.adql(request, visibility, now), base, now));
        } catch (BadSearchParameter e) {
            return error(Response.Status.BAD_REQUEST, e.getMessage());
        } catch (IndexBusyException e) {
            return error(Response.Status.SERVICE_UNAVAILABLE, "the search index is being rebuilt; try again shortly");
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "the search index cannot be read", e);
            return error(Response.Status.SERVICE_UNAVAILABLE, "the search index cannot be read; operators have been told");
        }
    }

    private static Response ok(Object json) {
        return Response.ok(json, JSON).build();
    }

    private static Response error(Response.Status status, String message) {
        return Response.status(status).type(JSON)
                .entity(Json.createObjectBuilder().add("error", message).build()).build();
    }
}
