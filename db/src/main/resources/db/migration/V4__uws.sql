-- UWS jobs, shared by every server instance. Not readable by user queries (no grant to the reader).
CREATE SCHEMA uws;

CREATE TABLE uws.job (
  job_id             text PRIMARY KEY,
  run_id             text,
  owner_id           text,
  phase              text NOT NULL CHECK (phase IN ('PENDING', 'QUEUED', 'EXECUTING', 'COMPLETED', 'ERROR',
                                                    'ABORTED', 'UNKNOWN', 'HELD', 'SUSPENDED', 'ARCHIVED')),
  quote              timestamptz,
  creation_time      timestamptz NOT NULL DEFAULT clock_timestamp(),
  start_time         timestamptz,
  end_time           timestamptz,
  execution_duration integer NOT NULL CHECK (execution_duration >= 0),
  destruction        timestamptz NOT NULL,
  error_fatal        boolean,
  error_message      text
);
CREATE INDEX job_phase_idx ON uws.job (phase);
CREATE INDEX job_creation_idx ON uws.job (creation_time);
CREATE INDEX job_destruction_idx ON uws.job (destruction);

CREATE TABLE uws.job_parameter (
  job_id   text NOT NULL REFERENCES uws.job (job_id) ON DELETE CASCADE,
  position integer NOT NULL,
  name     text NOT NULL,
  value    text NOT NULL,
  PRIMARY KEY (job_id, position)
);

CREATE TABLE uws.job_result (
  job_id    text NOT NULL REFERENCES uws.job (job_id) ON DELETE CASCADE,
  result_id text NOT NULL,
  size      bigint NOT NULL,
  mime_type text NOT NULL,
  PRIMARY KEY (job_id, result_id)
);
