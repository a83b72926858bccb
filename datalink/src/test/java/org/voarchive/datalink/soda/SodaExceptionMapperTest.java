package org.voarchive.datalink.soda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

class SodaExceptionMapperTest {

    private final SodaExceptionMapper mapper = new SodaExceptionMapper();

    @Test
    void faultsAreTextBeginningWithTheirLabel() {
        Response usage = mapper.toResponse(new SodaException(SodaFault.USAGE_ERROR, "CIRCLE must be three numbers"));
        assertEquals(400, usage.getStatus());
        assertTrue(usage.getMediaType().toString().startsWith("text/plain"));
        assertEquals("UsageError: CIRCLE must be three numbers\n", usage.getEntity());
        Response notFound = mapper.toResponse(new SodaException(SodaFault.NOT_FOUND, "no released product"));
        assertEquals(404, notFound.getStatus());
        assertTrue(((String) notFound.getEntity()).startsWith("NotFoundFault: "));
        assertEquals(400, mapper.toResponse(new SodaException(SodaFault.MULTI_VALUED, "ID twice")).getStatus());
    }

    @Test
    void anEmptyCutoutIsNoContentWithoutABody() {
        Response none = mapper.toResponse(SodaException.noOverlap("outside"));
        assertEquals(204, none.getStatus());
        assertFalse(none.hasEntity());
    }
}
