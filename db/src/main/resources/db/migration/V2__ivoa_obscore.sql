-- ivoa.obscore: ObsCore 1.1 (every mandatory column and the optional ones the archive fills) plus the
-- Phase 3 science columns that the faceted search and researchers select on.
CREATE SCHEMA ivoa;
COMMENT ON SCHEMA ivoa IS 'IVOA standard tables: ObsCore 1.1';

CREATE TABLE ivoa.obscore (
  dataproduct_type    text,
  dataproduct_subtype text,
  calib_level         integer NOT NULL CHECK (calib_level BETWEEN 0 AND 4),
  obs_collection      text NOT NULL,
  obs_id              text NOT NULL,
  obs_title           text,
  obs_publisher_did   text NOT NULL PRIMARY KEY,
  obs_creator_did     text,
  obs_creator_name    text,
  obs_creation_date   timestamp,
  obs_release_date    timestamp NOT NULL,
  publisher_id        text,
  bib_reference       text,
  proposal_id         text,
  access_url          text,
  access_format       text,
  access_estsize      bigint CHECK (access_estsize >= 0),
  target_name         text,
  target_class        text,
  s_ra                double precision CHECK (s_ra >= 0 AND s_ra < 360),
  s_dec               double precision CHECK (s_dec BETWEEN -90 AND 90),
  s_fov               double precision CHECK (s_fov > 0),
  s_region            spoly,
  s_position          spoint GENERATED ALWAYS AS (spoint(radians(s_ra), radians(s_dec))) STORED,
  s_resolution        double precision,
  s_pixel_scale       double precision,
  s_xel1              bigint,
  s_xel2              bigint,
  t_min               double precision,
  t_max               double precision,
  t_exptime           double precision CHECK (t_exptime >= 0),
  t_resolution        double precision,
  t_xel               bigint,
  em_min              double precision CHECK (em_min > 0),
  em_max              double precision,
  em_res_power        double precision,
  em_xel              bigint,
  em_ucd              text,
  em_unit             text,
  o_ucd               text,
  o_unit              text,
  pol_states          text,
  pol_xel             bigint,
  facility_name       text,
  instrument_name     text,
  -- Phase 3 (ESO SDP) keywords
  dp_id               text UNIQUE,
  obstech             text,
  filter              text,
  snr                 double precision,
  abmaglim            double precision,
  psf_fwhm            double precision,
  p3orig              text,
  CHECK (t_min <= t_max),
  CHECK (em_min <= em_max)
);
COMMENT ON TABLE ivoa.obscore IS 'The archive''s science products, described by the ObsCore 1.1 data model';

CREATE INDEX obscore_s_region_idx ON ivoa.obscore USING gist (s_region);
CREATE INDEX obscore_s_position_idx ON ivoa.obscore USING gist (s_position);
CREATE INDEX obscore_t_min_idx ON ivoa.obscore (t_min);
CREATE INDEX obscore_t_max_idx ON ivoa.obscore (t_max);
CREATE INDEX obscore_em_min_idx ON ivoa.obscore (em_min);
CREATE INDEX obscore_em_max_idx ON ivoa.obscore (em_max);
CREATE INDEX obscore_instrument_idx ON ivoa.obscore (instrument_name);
CREATE INDEX obscore_collection_idx ON ivoa.obscore (obs_collection);
CREATE INDEX obscore_type_idx ON ivoa.obscore (dataproduct_type);
CREATE INDEX obscore_release_idx ON ivoa.obscore (obs_release_date);
CREATE INDEX obscore_target_idx ON ivoa.obscore (lower(target_name));
CREATE INDEX obscore_proposal_idx ON ivoa.obscore (proposal_id);

GRANT USAGE ON SCHEMA ivoa TO "${readerRole}";
GRANT SELECT ON ivoa.obscore TO "${readerRole}";
