-- The archive schema: what the data-flow back end knows about every file it holds. Raw frames with
-- their complete headers, QC1 parameters and scores, calibration associations, master calibrations,
-- Phase 3 products and their provenance (IVOA Provenance DM: activities, used and generated entities),
-- and the ingest items whose stage is the restartable job's checkpoint.
--
-- Proprietary rows: every file carries the release date of its programme (observation date plus the
-- programme's proprietary period). The query role sees only released rows, by row-level security keyed
-- on archive.files, so no ADQL join or aggregate can reach or count the others.
CREATE SCHEMA archive;
COMMENT ON SCHEMA archive IS 'Raw frames, headers, QC, calibrations, products and provenance';

CREATE TABLE archive.programs (
  prog_id             text PRIMARY KEY,
  pi                  text,
  proprietary_months  integer NOT NULL CHECK (proprietary_months >= 0)
);

CREATE TABLE archive.files (
  arcfile       text PRIMARY KEY,
  kind          text NOT NULL CHECK (kind IN ('raw', 'master', 'product', 'association')),
  instrument    text,
  sha256        char(64) NOT NULL,
  size_bytes    bigint NOT NULL CHECK (size_bytes >= 0),
  content_type  text NOT NULL,
  store_path    text NOT NULL UNIQUE,
  origfile      text,
  prog_id       text,
  release_date  timestamp NOT NULL,
  stored_at     timestamp NOT NULL DEFAULT (now() AT TIME ZONE 'UTC')
);
CREATE INDEX files_release_idx ON archive.files (release_date);

CREATE TABLE archive.raw_frames (
  arcfile    text PRIMARY KEY REFERENCES archive.files,
  instrument text NOT NULL,
  tag        text NOT NULL,
  category   text NOT NULL CHECK (category IN ('CALIB', 'SCIENCE')),
  dpr_catg   text,
  dpr_type   text,
  dpr_tech   text,
  object     text,
  s_ra       double precision,
  s_dec      double precision,
  mjd_obs    double precision NOT NULL,
  date_obs   timestamp NOT NULL,
  night      date NOT NULL,
  exptime    double precision,
  prog_id    text,
  obs_id     bigint,
  tpl_start  text,
  tpl_nexp   integer,
  setup      text NOT NULL,
  group_key  text
);
CREATE INDEX raw_frames_tag_idx ON archive.raw_frames (instrument, tag, mjd_obs);
CREATE INDEX raw_frames_group_idx ON archive.raw_frames (group_key);
CREATE INDEX raw_frames_night_idx ON archive.raw_frames (night);

CREATE TABLE archive.keywords (
  arcfile  text NOT NULL REFERENCES archive.files,
  hdu      integer NOT NULL,
  keyword  text NOT NULL,
  text_value  text,
  num_value   double precision,
  PRIMARY KEY (arcfile, hdu, keyword)
);
CREATE INDEX keywords_value_idx ON archive.keywords (keyword, text_value);
CREATE INDEX keywords_num_idx ON archive.keywords (keyword, num_value);

CREATE TABLE archive.qc1 (
  arcfile    text NOT NULL REFERENCES archive.files,
  parameter  text NOT NULL,
  instrument text NOT NULL,
  tag        text NOT NULL,
  setup      text NOT NULL,
  mjd_obs    double precision NOT NULL,
  night      date NOT NULL,
  qc_value   double precision NOT NULL,
  reference  double precision,
  low        double precision,
  high       double precision,
  score      text NOT NULL CHECK (score IN ('OK', 'WARNING', 'OUT', 'NA')),
  PRIMARY KEY (arcfile, parameter)
);
CREATE INDEX qc1_series_idx ON archive.qc1 (instrument, parameter, setup, mjd_obs);

CREATE TABLE archive.masters (
  arcfile    text PRIMARY KEY REFERENCES archive.files,
  instrument text NOT NULL,
  tag        text NOT NULL,
  group_key  text NOT NULL,
  setup      text NOT NULL,
  mjd_obs    double precision NOT NULL,
  night      date NOT NULL,
  recipe     text NOT NULL,
  certified  boolean NOT NULL DEFAULT false,
  UNIQUE (instrument, tag, group_key)
);
CREATE INDEX masters_tag_idx ON archive.masters (instrument, tag, mjd_obs);

CREATE TABLE archive.associations (
  subject    text NOT NULL REFERENCES archive.files,
  need       text NOT NULL,
  calib      text REFERENCES archive.files,
  delta_mjd  double precision,
  status     text NOT NULL CHECK (status IN ('CHOSEN', 'MISSING', 'ABSENT')),
  reason     text
);
CREATE UNIQUE INDEX associations_key_idx ON archive.associations (subject, need, coalesce(calib, ''));

CREATE TABLE archive.products (
  arcfile            text PRIMARY KEY REFERENCES archive.files,
  obs_publisher_did  text NOT NULL UNIQUE,
  prodcatg           text NOT NULL,
  instrument         text NOT NULL,
  science_arcfile    text NOT NULL UNIQUE REFERENCES archive.files,
  published_at       timestamp NOT NULL DEFAULT (now() AT TIME ZONE 'UTC')
);

CREATE TABLE archive.prov_activity (
  id          text PRIMARY KEY,
  name        text NOT NULL,
  start_time  timestamp NOT NULL,
  end_time    timestamp NOT NULL,
  annotation  text
);

CREATE TABLE archive.prov_used (
  activity  text NOT NULL REFERENCES archive.prov_activity,
  entity    text NOT NULL REFERENCES archive.files,
  role      text NOT NULL,
  PRIMARY KEY (activity, entity)
);
CREATE INDEX prov_used_entity_idx ON archive.prov_used (entity);

CREATE TABLE archive.prov_generated (
  entity    text PRIMARY KEY REFERENCES archive.files,
  activity  text NOT NULL REFERENCES archive.prov_activity
);

-- One row per file that reached the transfer stream, keyed by its bytes: the same file twice is one
-- item. stage is the last stage completed, so a restart resumes where the process stopped.
CREATE TABLE archive.ingest_items (
  id           bigserial PRIMARY KEY,
  sha256       char(64) NOT NULL UNIQUE,
  source_name  text NOT NULL,
  arcfile      text,
  instrument   text,
  stage        text NOT NULL,
  state        text NOT NULL CHECK (state IN ('ACTIVE', 'WAITING', 'DONE', 'QUARANTINED')),
  reason_code  text,
  reason       text,
  store_path   text,
  landed_at    timestamp NOT NULL DEFAULT (now() AT TIME ZONE 'UTC'),
  updated_at   timestamp NOT NULL DEFAULT (now() AT TIME ZONE 'UTC')
);
CREATE INDEX ingest_items_state_idx ON archive.ingest_items (state, id);
CREATE INDEX ingest_items_arcfile_idx ON archive.ingest_items (arcfile);

-- The query role: released rows only.
GRANT USAGE ON SCHEMA archive TO "${readerRole}";
GRANT SELECT ON archive.files, archive.raw_frames, archive.keywords, archive.qc1, archive.masters,
  archive.associations, archive.products, archive.prov_activity, archive.prov_used, archive.prov_generated
  TO "${readerRole}";

ALTER TABLE archive.files ENABLE ROW LEVEL SECURITY;
CREATE POLICY released ON archive.files FOR SELECT TO "${readerRole}"
  USING (release_date <= (now() AT TIME ZONE 'UTC'));

ALTER TABLE archive.raw_frames ENABLE ROW LEVEL SECURITY;
CREATE POLICY released ON archive.raw_frames FOR SELECT TO "${readerRole}"
  USING (EXISTS (SELECT 1 FROM archive.files f WHERE f.arcfile = raw_frames.arcfile));
ALTER TABLE archive.keywords ENABLE ROW LEVEL SECURITY;
CREATE POLICY released ON archive.keywords FOR SELECT TO "${readerRole}"
  USING (EXISTS (SELECT 1 FROM archive.files f WHERE f.arcfile = keywords.arcfile));
ALTER TABLE archive.qc1 ENABLE ROW LEVEL SECURITY;
CREATE POLICY released ON archive.qc1 FOR SELECT TO "${readerRole}"
  USING (EXISTS (SELECT 1 FROM archive.files f WHERE f.arcfile = qc1.arcfile));
ALTER TABLE archive.masters ENABLE ROW LEVEL SECURITY;
CREATE POLICY released ON archive.masters FOR SELECT TO "${readerRole}"
  USING (EXISTS (SELECT 1 FROM archive.files f WHERE f.arcfile = masters.arcfile));
ALTER TABLE archive.associations ENABLE ROW LEVEL SECURITY;
CREATE POLICY released ON archive.associations FOR SELECT TO "${readerRole}"
  USING (EXISTS (SELECT 1 FROM archive.files f WHERE f.arcfile = associations.subject));
ALTER TABLE archive.products ENABLE ROW LEVEL SECURITY;
CREATE POLICY released ON archive.products FOR SELECT TO "${readerRole}"
  USING (EXISTS (SELECT 1 FROM archive.files f WHERE f.arcfile = products.arcfile));
ALTER TABLE archive.prov_used ENABLE ROW LEVEL SECURITY;
CREATE POLICY released ON archive.prov_used FOR SELECT TO "${readerRole}"
  USING (EXISTS (SELECT 1 FROM archive.files f JOIN archive.prov_generated g ON g.entity = f.arcfile
                  WHERE g.activity = prov_used.activity));
ALTER TABLE archive.prov_generated ENABLE ROW LEVEL SECURITY;
CREATE POLICY released ON archive.prov_generated FOR SELECT TO "${readerRole}"
  USING (EXISTS (SELECT 1 FROM archive.files f WHERE f.arcfile = prov_generated.entity));
ALTER TABLE archive.prov_activity ENABLE ROW LEVEL SECURITY;
CREATE POLICY released ON archive.prov_activity FOR SELECT TO "${readerRole}"
  USING (EXISTS (SELECT 1 FROM archive.prov_generated g WHERE g.activity = prov_activity.id));
