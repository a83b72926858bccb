package org.voarchive.server.auth;

import java.util.List;

/**
 * A CDI event, fired once a programme's new proprietary period has re-dated products it already had, so
 * that what keeps copies of release dates outside the database (the search index) takes the new ones
 * before the operator's request is answered.
 *
 * @param progId   the programme
 * @param products the publisher DIDs of its re-dated products
 */
public record ProgramRedated(String progId, List<String> products) {

    public ProgramRedated {
        products = List.copyOf(products);
    }
}
