package org.voarchive.facets.search;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;

/**
 * The answers of recent searches, exactly as a new search would give them: an answer is kept for the
 * reader it was computed on (any change to the index makes a new reader) and only until the next
 * release date after the time it was computed, the first moment its visibility could differ. Facet
 * pages ask the same questions again and again (the first page, a popular instrument), and counting a
 * million products costs tens of milliseconds. Thread safe.
 */
final class ResultCache {

    private static final int SIZE = 256;

    private record Key(IndexReader.CacheKey reader, SearchRequest request, Visibility visibility) {
    }

    private record Entry(SearchResult result, long from, long until) {
    }

    private final Map<Key, Entry> entries = new LinkedHashMap<>(SIZE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
            return size() > SIZE;
        }
    };

    /** The kept answer, or null. */
    synchronized SearchResult get(IndexSearcher searcher, SearchRequest request, Visibility visibility, long nowMicros) {
        Entry e = entries.get(key(searcher, request, visibility));
        return e != null && nowMicros >= e.from() && nowMicros < e.until() ? e.result() : null;
    }

    void put(IndexSearcher searcher, SearchRequest request, Visibility visibility, long nowMicros, long nextRelease,
            SearchResult result) {
        Entry e = new Entry(result, nowMicros, nextRelease);
        synchronized (this) {
            entries.put(key(searcher, request, visibility), e);
        }
    }

    private static Key key(IndexSearcher searcher, SearchRequest request, Visibility visibility) {
        return new Key(searcher.getIndexReader().getReaderCacheHelper().getKey(), request, visibility);
    }
}
