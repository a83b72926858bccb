package org.voarchive.ingest.notify;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.voarchive.ingest.publish.PublishedProduct;
import org.voarchive.server.config.ArchiveConfig;
import org.voarchive.server.concurrent.ContainerExecutors;

/**
 * Observes every published product and, {@link ArchiveConfig#notifyDelay()} after the first of a
 * programme, has the programme's gathered notices sent on the container's scheduler. The observer only
 * files the notice: nothing it does can delay or fail the publish.
 */
@ApplicationScoped
public class PublishNotifier {

    private static final Logger LOG = Logger.getLogger(PublishNotifier.class.getName());

    @Inject
    DataSource dataSource;

    @Inject
    ArchiveConfig config;

    private ScheduledExecutorService scheduler;
    private NoticeDispatcher dispatcher;
    private final Map<String, List<PublishedNotice>> pending = new HashMap<>();

    @PostConstruct
    void create() {
        scheduler = ContainerExecutors.scheduler();
        dispatcher = NoticeDispatcher.of(dataSource, config.notifySmtpHost(), config.notifySmtpPort(), config.notifyFrom(),
                config.notifyTimeout(), config.title());
    }

    void published(@Observes PublishedProduct product) {
        try {
            PublishedNotice notice = PublishedNotice.of(product);
            if (notice == null) {
                return;
            }
            boolean first;
            synchronized (pending) {
                List<PublishedNotice> gathered = pending.computeIfAbsent(notice.progId(), p -> new ArrayList<>());
                first = gathered.isEmpty();
                gathered.add(notice);
            }
            if (first) {
                scheduler.schedule(() -> flush(notice.progId()), config.notifyDelay().toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "cannot file a notice of " + product.arcfile(), e);
        }
    }

    private void flush(String progId) {
        List<PublishedNotice> notices;
        synchronized (pending) {
            notices = pending.remove(progId);
        }
        try {
            if (notices != null) {
                int delivered = dispatcher.dispatch(progId, notices);
                if (delivered > 0) {
                    LOG.info(delivered + " notice(s) of " + notices.size() + " new product(s) of " + progId + " delivered");
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "cannot send the notices of programme " + progId, e);
        }
    }
}
