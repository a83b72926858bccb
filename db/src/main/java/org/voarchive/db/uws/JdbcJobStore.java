package org.voarchive.db.uws;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.voarchive.db.Transactions;
import org.voarchive.server.uws.ExecutionPhase;
import org.voarchive.server.uws.Job;
import org.voarchive.server.uws.JobError;
import org.voarchive.server.uws.JobFilter;
import org.voarchive.server.uws.JobParameter;
import org.voarchive.server.uws.JobResult;
import org.voarchive.server.uws.JobStore;
import org.voarchive.server.uws.NewJob;

/**
 * Jobs in the {@code uws} schema. Phase changes are single {@code UPDATE ... WHERE phase = ?}
 * statements, which PostgreSQL makes atomic: the compare-and-set of {@link JobStore}.
 *
 * <p>Database failures surface as {@link JobStoreException}.
 */
@ApplicationScoped
public class JdbcJobStore implements JobStore {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ID_CHARS = "abcdefghijkmnopqrstuvwxyz23456789".toCharArray();
    private static final String JOB_COLUMNS = "job_id, run_id, owner_id, phase, quote, creation_time, start_time, "
            + "end_time, execution_duration, destruction, error_fatal, error_message";

    @Inject
    DataSource dataSource;

    /** For CDI. */
    protected JdbcJobStore() {
    }

    public JdbcJobStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Job create(NewJob job) {
        String id = newId();
        inTransaction("cannot create a job", c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO uws.job (job_id, run_id, owner_id, phase, "
                    + "execution_duration, destruction) VALUES (?, ?, ?, 'PENDING', ?, ?)")) {
                s.setString(1, id);
                s.setString(2, job.runId());
                s.setString(3, job.ownerId());
                s.setInt(4, job.executionDuration());
                s.setTimestamp(5, Timestamp.from(job.destruction()));
                s.executeUpdate();
            }
            insertParameters(c, id, job.parameters(), 0);
            return null;
        });
        return find(id).orElseThrow(() -> new JobStoreException("the new job " + id + " vanished", null));
    }

    @Override
    public Optional<Job> find(String jobId) {
        List<Job> jobs = query("SELECT " + JOB_COLUMNS + " FROM uws.job WHERE job_id = ?", List.of(jobId));
        return jobs.stream().findFirst();
    }

    @Override
    public List<Job> list(JobFilter filter) {
        StringBuilder sql = new StringBuilder("SELECT " + JOB_COLUMNS + " FROM uws.job WHERE ");
        List<Object> args = new ArrayList<>();
        if (filter.ownerId() == null) {
            sql.append("owner_id IS NULL");
        } else {
            sql.append("owner_id = ?");
            args.add(filter.ownerId());
        }
        if (filter.phases().isEmpty()) {
            sql.append(" AND phase <> 'ARCHIVED'");
        } else {
            sql.append(" AND phase = ANY (?)");
            args.add(filter.phases().stream().map(Enum::name).toArray(String[]::new));
        }
        if (filter.after() != null) {
            sql.append(" AND creation_time > ?");
            args.add(Timestamp.from(filter.after()));
        }
        if (filter.last() != null) {
            sql.append(" ORDER BY creation_time DESC, job_id LIMIT ?");
            args.add(filter.last());
        } else {
            sql.append(" ORDER BY creation_time, job_id");
        }
        return query(sql.toString(), args);
    }

    @Override
    public boolean changePhase(String jobId, ExecutionPhase from, ExecutionPhase to) {
        String times = to == ExecutionPhase.EXECUTING ? ", start_time = clock_timestamp()"
                : to.isFinal() ? ", end_time = clock_timestamp()" : "";
        return update("UPDATE uws.job SET phase = ?" + times + " WHERE job_id = ? AND phase = ?",
                to.name(), jobId, from.name());
    }

    @Override
    public boolean complete(String jobId, List<JobResult> results) {
        return inTransaction("cannot complete job " + jobId, c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE uws.job SET phase = 'COMPLETED', "
                    + "end_time = clock_timestamp() WHERE job_id = ? AND phase = 'EXECUTING'")) {
                s.setString(1, jobId);
                if (s.executeUpdate() != 1) {
                    return false;
                }
            }
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO uws.job_result (job_id, result_id, size, mime_type) VALUES (?, ?, ?, ?)")) {
                for (JobResult r : results) {
                    s.setString(1, jobId);
                    s.setString(2, r.id());
                    s.setLong(3, r.size());
                    s.setString(4, r.mimeType());
                    s.addBatch();
                }
                s.executeBatch();
            }
            return true;
        });
    }

    @Override
    public boolean fail(String jobId, ExecutionPhase from, JobError error) {
        return update("UPDATE uws.job SET phase = 'ERROR', end_time = clock_timestamp(), error_fatal = ?, "
                + "error_message = ? WHERE job_id = ? AND phase = ?", error.fatal(), error.message(), jobId, from.name());
    }

    @Override
    public boolean setParameters(String jobId, List<JobParameter> parameters) {
        return inTransaction("cannot set parameters of job " + jobId, c -> {
            // lock the job so the phase cannot change while its parameters do
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT 1 FROM uws.job WHERE job_id = ? AND phase = 'PENDING' FOR UPDATE")) {
                s.setString(1, jobId);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        return false;
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("DELETE FROM uws.job_parameter WHERE job_id = ? "
                    + "AND upper(name) = ANY (?)")) {
                s.setString(1, jobId);
                s.setArray(2, c.createArrayOf("text",
                        parameters.stream().map(p -> p.name().toUpperCase(java.util.Locale.ROOT)).toArray()));
                s.executeUpdate();
            }
            int position;
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT coalesce(max(position) + 1, 0) FROM uws.job_parameter WHERE job_id = ?")) {
                s.setString(1, jobId);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    position = r.getInt(1);
                }
            }
            insertParameters(c, jobId, parameters, position);
            return true;
        });
    }

    @Override
    public boolean setExecutionDuration(String jobId, int seconds) {
        return update("UPDATE uws.job SET execution_duration = ? WHERE job_id = ? AND phase = 'PENDING'",
                seconds, jobId);
    }

    @Override
    public boolean setDestruction(String jobId, Instant destruction) {
        return update("UPDATE uws.job SET destruction = ? WHERE job_id = ?", Timestamp.from(destruction), jobId);
    }

    @Override
    public boolean delete(String jobId) {
        return update("DELETE FROM uws.job WHERE job_id = ?", jobId);
    }

    @Override
    public List<String> expired(Instant now) {
        return ids("SELECT job_id FROM uws.job WHERE destruction <= ? ORDER BY destruction", Timestamp.from(now));
    }

    @Override
    public List<String> queued() {
        return ids("SELECT job_id FROM uws.job WHERE phase = 'QUEUED' ORDER BY creation_time, job_id");
    }

    @Override
    public int failExecuting(String reason) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "UPDATE uws.job SET phase = 'ERROR', end_time = clock_timestamp(), error_fatal = false, "
                        + "error_message = ? WHERE phase = 'EXECUTING'")) {
            s.setString(1, reason);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new JobStoreException("cannot end executing jobs", e);
        }
    }

    /** Runs the work in a transaction; a database failure becomes a {@link JobStoreException}. */
    private <T> T inTransaction(String failure, Transactions.Work<T> work) {
        try {
            return Transactions.run(dataSource, work);
        } catch (SQLException e) {
            throw new JobStoreException(failure, e);
        }
    }

    private static void insertParameters(Connection c, String jobId, List<JobParameter> parameters, int first)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO uws.job_parameter (job_id, position, name, value) VALUES (?, ?, ?, ?)")) {
            int position = first;
            for (JobParameter p : parameters) {
                s.setString(1, jobId);
                s.setInt(2, position++);
                s.setString(3, p.name());
                s.setString(4, p.value());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private boolean update(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(c, s, List.of(args));
            return s.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new JobStoreException("cannot update jobs", e);
        }
    }

    private List<String> ids(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(c, s, List.of(args));
            List<String> ids = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getString(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new JobStoreException("cannot list jobs", e);
        }
    }

    /** Jobs with their parameters and results, three queries whatever their number. */
    private List<Job> query(String sql, List<Object> args) {
        try (Connection c = dataSource.getConnection()) {
            List<Object[]> rows = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(sql)) {
                bind(c, s, args);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        rows.add(new Object[] {r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                            r.getTimestamp(5), r.getTimestamp(6), r.getTimestamp(7), r.getTimestamp(8), r.getInt(9),
                            r.getTimestamp(10), r.getObject(11), r.getString(12)});
                    }
                }
            }
            String[] ids = rows.stream().map(row -> (String) row[0]).toArray(String[]::new);
            Map<String, List<JobParameter>> parameters = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT job_id, name, value FROM uws.job_parameter "
                    + "WHERE job_id = ANY (?) ORDER BY job_id, position")) {
                s.setArray(1, c.createArrayOf("text", ids));
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        parameters.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
                                .add(new JobParameter(r.getString(2), r.getString(3)));
                    }
                }
            }
            Map<String, List<JobResult>> results = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT job_id, result_id, size, mime_type FROM "
                    + "uws.job_result WHERE job_id = ANY (?) ORDER BY job_id, result_id")) {
                s.setArray(1, c.createArrayOf("text", ids));
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        results.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
                                .add(new JobResult(r.getString(2), r.getLong(3), r.getString(4)));
                    }
                }
            }
            List<Job> jobs = new ArrayList<>(rows.size());
            for (Object[] row : rows) {
                String id = (String) row[0];
                JobError error = row[11] == null ? null : new JobError(Boolean.TRUE.equals(row[10]), (String) row[11]);
                jobs.add(new Job(id, (String) row[1], (String) row[2], ExecutionPhase.valueOf((String) row[3]),
                        instant(row[4]), instant(row[5]), instant(row[6]), instant(row[7]), (Integer) row[8],
                        instant(row[9]), parameters.getOrDefault(id, List.of()), results.getOrDefault(id, List.of()),
                        error));
            }
            return jobs;
        } catch (SQLException e) {
            throw new JobStoreException("cannot read jobs", e);
        }
    }

    private static void bind(Connection c, PreparedStatement s, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            Object a = args.get(i);
            if (a instanceof String[] array) {
                s.setArray(i + 1, c.createArrayOf("text", array));
            } else {
                s.setObject(i + 1, a);
            }
        }
    }

    private static Instant instant(Object timestamp) {
        return timestamp == null ? null : ((Timestamp) timestamp).toInstant();
    }

    private static String newId() {
        char[] id = new char[16];
        for (int i = 0; i < id.length; i++) {
            id[i] = ID_CHARS[RANDOM.nextInt(ID_CHARS.length)];
        }
        return new String(id);
    }

    /** The job store's database failed; the message names the operation. */
    public static final class JobStoreException extends RuntimeException {
        JobStoreException(String message, SQLException cause) {
            super(message + (cause == null ? "" : ": " + cause.getMessage()), cause);
        }
    }
}
