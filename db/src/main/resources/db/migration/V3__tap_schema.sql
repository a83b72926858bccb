-- TAP_SCHEMA 1.1: the metadata TAP clients read. It describes every queryable table, itself included,
-- and is the one source from which /tap/tables, the registry record and output column metadata come.
-- Choices that validators check: s_region is ObsCore's REGION (char, xtype adql:REGION, written as
-- STC-S) though stored as a pgSphere polygon; TAP_SCHEMA.columns lists its own reserved-word column as
-- "size", delimited; bib_reference carries the UCD meta.bib.bibcode that ObsCore validators expect.
CREATE SCHEMA tap_schema;
COMMENT ON SCHEMA tap_schema IS 'TAP_SCHEMA 1.1: metadata of every table this service exposes';

CREATE TABLE tap_schema.schemas (
  schema_name  varchar(64) PRIMARY KEY,
  utype        varchar(512),
  description  varchar(512),
  schema_index integer
);

CREATE TABLE tap_schema.tables (
  schema_name  varchar(64) NOT NULL REFERENCES tap_schema.schemas (schema_name),
  table_name   varchar(128) PRIMARY KEY,
  table_type   varchar(8) NOT NULL CHECK (table_type IN ('table', 'view')),
  utype        varchar(512),
  description  varchar(512),
  table_index  integer
);

CREATE TABLE tap_schema.columns (
  table_name   varchar(128) NOT NULL REFERENCES tap_schema.tables (table_name),
  column_name  varchar(64) NOT NULL,
  datatype     varchar(64) NOT NULL,
  arraysize    varchar(16),
  xtype        varchar(64),
  "size"       integer,
  unit         varchar(64),
  ucd          varchar(64),
  utype        varchar(512),
  description  varchar(512),
  principal    integer NOT NULL CHECK (principal IN (0, 1)),
  indexed      integer NOT NULL CHECK (indexed IN (0, 1)),
  std          integer NOT NULL CHECK (std IN (0, 1)),
  column_index integer,
  PRIMARY KEY (table_name, column_name)
);

CREATE TABLE tap_schema.keys (
  key_id       varchar(64) PRIMARY KEY,
  from_table   varchar(128) NOT NULL REFERENCES tap_schema.tables (table_name),
  target_table varchar(128) NOT NULL REFERENCES tap_schema.tables (table_name),
  utype        varchar(512),
  description  varchar(512)
);

CREATE TABLE tap_schema.key_columns (
  key_id        varchar(64) NOT NULL REFERENCES tap_schema.keys (key_id),
  from_column   varchar(64) NOT NULL,
  target_column varchar(64) NOT NULL,
  PRIMARY KEY (key_id, from_column)
);

INSERT INTO tap_schema.schemas (schema_name, utype, description, schema_index) VALUES
  ('ivoa', NULL, 'IVOA standard data models: ObsCore 1.1 describes every science product of the archive', 0),
  ('tap_schema', NULL, 'TAP_SCHEMA 1.1: metadata of every table this service exposes', 1);

INSERT INTO tap_schema.tables (schema_name, table_name, table_type, utype, description, table_index) VALUES
  ('ivoa', 'ivoa.obscore', 'table', 'ivo://ivoa.net/std/ObsCore#table-1.1',
   'Science products of the archive (spectra, images, cubes) in the ObsCore 1.1 data model, with Phase 3 science keywords', 0),
  ('tap_schema', 'tap_schema.schemas', 'table', NULL, 'Schemas this service exposes', 10),
  ('tap_schema', 'tap_schema.tables', 'table', NULL, 'Tables this service exposes', 11),
  ('tap_schema', 'tap_schema.columns', 'table', NULL, 'Columns of every table this service exposes', 12),
  ('tap_schema', 'tap_schema.keys', 'table', NULL, 'Foreign keys between tables', 13),
  ('tap_schema', 'tap_schema.key_columns', 'table', NULL, 'Columns of the foreign keys', 14);

INSERT INTO tap_schema.columns
  (table_name, column_name, datatype, arraysize, xtype, unit, ucd, utype, description, principal, indexed, std, column_index) VALUES
  ('ivoa.obscore', 'dataproduct_type', 'char', '*', NULL, NULL, 'meta.code.class', 'obscore:ObsDataset.dataProductType', 'Data product (file content) primary type', 1, 1, 1, 1),
  ('ivoa.obscore', 'dataproduct_subtype', 'char', '*', NULL, NULL, 'meta.code.class', 'obscore:ObsDataset.dataProductSubtype', 'Data product specific type', 0, 0, 1, 2),
  ('ivoa.obscore', 'calib_level', 'int', NULL, NULL, NULL, 'meta.code;obs.calib', 'obscore:ObsDataset.calibLevel', 'Calibration level of the observation: in {0, 1, 2, 3, 4}', 1, 0, 1, 3),
  ('ivoa.obscore', 'obs_collection', 'char', '*', NULL, NULL, 'meta.id', 'obscore:DataID.collection', 'Name of the data collection', 1, 1, 1, 4),
  ('ivoa.obscore', 'obs_id', 'char', '*', NULL, NULL, 'meta.id', 'obscore:DataID.observationID', 'Internal ID given by the ObsTAP service', 1, 0, 1, 5),
  ('ivoa.obscore', 'obs_title', 'char', '*', NULL, NULL, 'meta.title;obs', 'obscore:DataID.title', 'Brief description of dataset in free format', 0, 0, 1, 6),
  ('ivoa.obscore', 'obs_publisher_did', 'char', '*', NULL, NULL, 'meta.ref.ivoid', 'obscore:Curation.publisherDID', 'ID for the Dataset given by the publisher', 1, 1, 1, 7),
  ('ivoa.obscore', 'obs_creator_did', 'char', '*', NULL, NULL, 'meta.id', 'obscore:DataID.creatorDID', 'IVOA dataset identifier given by the creator', 0, 0, 1, 8),
  ('ivoa.obscore', 'obs_creator_name', 'char', '*', NULL, NULL, 'meta.id', 'obscore:DataID.creator', 'Name of the creator of the data', 0, 0, 1, 9),
  ('ivoa.obscore', 'obs_creation_date', 'char', '*', 'timestamp', NULL, 'time;meta.dataset', 'obscore:DataID.date', 'Date when the dataset was created', 0, 0, 1, 10),
  ('ivoa.obscore', 'obs_release_date', 'char', '*', 'timestamp', NULL, 'time.release', 'obscore:Curation.releaseDate', 'Observation release date (ISO 8601)', 1, 1, 1, 11),
  ('ivoa.obscore', 'publisher_id', 'char', '*', NULL, NULL, 'meta.ref.ivoid', 'obscore:Curation.publisherID', 'IVOA-ID for the Publisher', 0, 0, 1, 12),
  ('ivoa.obscore', 'bib_reference', 'char', '*', NULL, NULL, 'meta.bib.bibcode', 'obscore:Curation.reference', 'Service bibliographic reference', 0, 0, 1, 13),
  ('ivoa.obscore', 'proposal_id', 'char', '*', NULL, NULL, 'meta.id;obs.proposal', 'obscore:Provenance.Proposal.identifier', 'Identifier of proposal to which observation belongs', 0, 1, 1, 14),
  ('ivoa.obscore', 'access_url', 'char', '*', NULL, NULL, 'meta.ref.url', 'obscore:Access.reference', 'URL used to access dataset', 1, 0, 1, 15),
  ('ivoa.obscore', 'access_format', 'char', '*', NULL, NULL, 'meta.code.mime', 'obscore:Access.format', 'Content format of the dataset', 1, 0, 1, 16),
  ('ivoa.obscore', 'access_estsize', 'long', NULL, NULL, 'kbyte', 'phys.size;meta.file', 'obscore:Access.size', 'Estimated size of dataset: in kilobytes', 0, 0, 1, 17),
  ('ivoa.obscore', 'target_name', 'char', '*', NULL, NULL, 'meta.id;src', 'obscore:Target.name', 'Object of interest', 1, 0, 1, 18),
  ('ivoa.obscore', 'target_class', 'char', '*', NULL, NULL, 'src.class', 'obscore:Target.class', 'Class of the Target object as in SSA', 0, 0, 1, 19),
  ('ivoa.obscore', 's_ra', 'double', NULL, NULL, 'deg', 'pos.eq.ra', 'obscore:Char.SpatialAxis.Coverage.Location.Coord.Position2D.Value2.C1', 'Central Spatial Position in ICRS Right ascension', 1, 0, 1, 20),
  ('ivoa.obscore', 's_dec', 'double', NULL, NULL, 'deg', 'pos.eq.dec', 'obscore:Char.SpatialAxis.Coverage.Location.Coord.Position2D.Value2.C2', 'Central Spatial Position in ICRS Declination', 1, 0, 1, 21),
  ('ivoa.obscore', 's_fov', 'double', NULL, NULL, 'deg', 'phys.angSize;instr.fov', 'obscore:Char.SpatialAxis.Coverage.Bounds.Extent.diameter', 'Estimated size of the covered region as the diameter of a containing circle', 1, 0, 1, 22),
  ('ivoa.obscore', 's_region', 'char', '*', 'adql:REGION', NULL, 'pos.outline;obs.field', 'obscore:Char.SpatialAxis.Coverage.Support.Area', 'Sky region covered by the data product (expressed in ICRS frame)', 1, 1, 1, 23),
  ('ivoa.obscore', 's_position', 'double', '2', 'point', 'deg', 'pos.eq;meta.main', NULL, 'Central position as a spherical point (ICRS); use it in CONTAINS and DISTANCE for index-assisted searches', 0, 1, 0, 24),
  ('ivoa.obscore', 's_resolution', 'double', NULL, NULL, 'arcsec', 'pos.angResolution', 'obscore:Char.SpatialAxis.Resolution.Refval.value', 'Spatial resolution of data as FWHM of PSF', 0, 0, 1, 25),
  ('ivoa.obscore', 's_pixel_scale', 'double', NULL, NULL, 'arcsec', 'phys.angSize;instr.pixel', 'obscore:Char.SpatialAxis.Sampling.RefVal.SamplingPeriod', 'Sampling period in world coordinate units along the spatial axis', 0, 0, 1, 26),
  ('ivoa.obscore', 's_xel1', 'long', NULL, NULL, NULL, 'meta.number', 'obscore:Char.SpatialAxis.numBins1', 'Number of elements along the first coordinate of the spatial axis', 0, 0, 1, 27),
  ('ivoa.obscore', 's_xel2', 'long', NULL, NULL, NULL, 'meta.number', 'obscore:Char.SpatialAxis.numBins2', 'Number of elements along the second coordinate of the spatial axis', 0, 0, 1, 28),
  ('ivoa.obscore', 't_min', 'double', NULL, NULL, 'd', 'time.start;obs.exposure', 'obscore:Char.TimeAxis.Coverage.Bounds.Limits.StartTime', 'Start time in MJD', 1, 1, 1, 29),
  ('ivoa.obscore', 't_max', 'double', NULL, NULL, 'd', 'time.end;obs.exposure', 'obscore:Char.TimeAxis.Coverage.Bounds.Limits.StopTime', 'Stop time in MJD', 1, 1, 1, 30),
  ('ivoa.obscore', 't_exptime', 'double', NULL, NULL, 's', 'time.duration;obs.exposure', 'obscore:Char.TimeAxis.Coverage.Support.Extent', 'Total exposure time', 1, 0, 1, 31),
  ('ivoa.obscore', 't_resolution', 'double', NULL, NULL, 's', 'time.resolution', 'obscore:Char.TimeAxis.Resolution.Refval.value', 'Temporal resolution FWHM', 0, 0, 1, 32),
  ('ivoa.obscore', 't_xel', 'long', NULL, NULL, NULL, 'meta.number', 'obscore:Char.TimeAxis.numBins', 'Number of elements along the time axis', 0, 0, 1, 33),
  ('ivoa.obscore', 'em_min', 'double', NULL, NULL, 'm', 'em.wl;stat.min', 'obscore:Char.SpectralAxis.Coverage.Bounds.Limits.LoLimit', 'Start in spectral coordinates', 1, 1, 1, 34),
  ('ivoa.obscore', 'em_max', 'double', NULL, NULL, 'm', 'em.wl;stat.max', 'obscore:Char.SpectralAxis.Coverage.Bounds.Limits.HiLimit', 'Stop in spectral coordinates', 1, 1, 1, 35),
  ('ivoa.obscore', 'em_res_power', 'double', NULL, NULL, NULL, 'spect.resolution', 'obscore:Char.SpectralAxis.Resolution.ResolPower.refVal', 'Value of the resolving power along the spectral axis. (R)', 1, 0, 1, 36),
  ('ivoa.obscore', 'em_xel', 'long', NULL, NULL, NULL, 'meta.number', 'obscore:Char.SpectralAxis.numBins', 'Number of elements along the spectral axis', 0, 0, 1, 37),
  ('ivoa.obscore', 'em_ucd', 'char', '*', NULL, NULL, 'meta.ucd', 'obscore:Char.SpectralAxis.ucd', 'Nature of the spectral axis', 0, 0, 1, 38),
  ('ivoa.obscore', 'em_unit', 'char', '*', NULL, NULL, 'meta.unit', 'obscore:Char.SpectralAxis.unit', 'Units along the spectral axis', 0, 0, 1, 39),
  ('ivoa.obscore', 'o_ucd', 'char', '*', NULL, NULL, 'meta.ucd', 'obscore:Char.ObservableAxis.ucd', 'Nature of the observable axis', 0, 0, 1, 40),
  ('ivoa.obscore', 'o_unit', 'char', '*', NULL, NULL, 'meta.unit', 'obscore:Char.ObservableAxis.unit', 'Units used for the observable values', 0, 0, 1, 41),
  ('ivoa.obscore', 'pol_states', 'char', '*', NULL, NULL, 'meta.code;phys.polarization', 'obscore:Char.PolarizationAxis.stateList', 'List of polarization states present in the data file', 0, 0, 1, 42),
  ('ivoa.obscore', 'pol_xel', 'long', NULL, NULL, NULL, 'meta.number', 'obscore:Char.PolarizationAxis.numBins', 'Number of elements along the polarization axis', 0, 0, 1, 43),
  ('ivoa.obscore', 'facility_name', 'char', '*', NULL, NULL, 'meta.id;instr.tel', 'obscore:Provenance.ObsConfig.Facility.name', 'The name of the facility, telescope space craft used for the observation', 0, 0, 1, 44),
  ('ivoa.obscore', 'instrument_name', 'char', '*', NULL, NULL, 'meta.id;instr', 'obscore:Provenance.ObsConfig.Instrument.name', 'The name of the instrument used for the observation', 1, 1, 1, 45),
  ('ivoa.obscore', 'dp_id', 'char', '*', NULL, NULL, 'meta.id;meta.file', NULL, 'Archive identifier of the product file (ARCFILE of the Phase 3 product)', 0, 1, 0, 46),
  ('ivoa.obscore', 'obstech', 'char', '*', NULL, NULL, 'meta.code;instr.setup', NULL, 'Observation technique (Phase 3 OBSTECH), for example ECHELLE or IMAGE,JITTER', 0, 0, 0, 47),
  ('ivoa.obscore', 'filter', 'char', '*', NULL, NULL, 'instr.filter', NULL, 'Filter used for imaging products (Phase 3 FILTER)', 0, 0, 0, 48),
  ('ivoa.obscore', 'snr', 'double', NULL, NULL, NULL, 'stat.snr', NULL, 'Median signal-to-noise ratio per spectral bin (Phase 3 SNR), spectra only', 1, 0, 0, 49),
  ('ivoa.obscore', 'abmaglim', 'double', NULL, NULL, 'mag', 'phot.mag;stat.max', NULL, '5-sigma limiting AB magnitude for point sources (Phase 3 ABMAGLIM), images and cubes', 1, 0, 0, 50),
  ('ivoa.obscore', 'psf_fwhm', 'double', NULL, NULL, 'arcsec', 'phys.angSize;instr.det.psf', NULL, 'Effective spatial resolution as the FWHM of the point spread function (Phase 3 PSF_FWHM)', 0, 0, 0, 51),
  ('ivoa.obscore', 'p3orig', 'char', '*', NULL, NULL, 'meta.code', NULL, 'Origin of the product: IDP (produced by the archive) or EDP (contributed by a survey team)', 0, 0, 0, 52),
  ('tap_schema.schemas', 'schema_name', 'char', '*', NULL, NULL, 'meta.id', NULL, 'Fully qualified schema name', 1, 1, 1, 1),
  ('tap_schema.schemas', 'utype', 'char', '*', NULL, NULL, 'meta.ref', NULL, 'UType of the schema', 0, 0, 1, 2),
  ('tap_schema.schemas', 'description', 'char', '*', NULL, NULL, 'meta.note', NULL, 'Brief description of the schema', 1, 0, 1, 3),
  ('tap_schema.schemas', 'schema_index', 'int', NULL, NULL, NULL, 'meta.number', NULL, 'Recommended sort order when listing schemas', 0, 0, 1, 4),
  ('tap_schema.tables', 'schema_name', 'char', '*', NULL, NULL, 'meta.id', NULL, 'Fully qualified schema name', 1, 1, 1, 1),
  ('tap_schema.tables', 'table_name', 'char', '*', NULL, NULL, 'meta.id;meta.table', NULL, 'Fully qualified table name', 1, 1, 1, 2),
  ('tap_schema.tables', 'table_type', 'char', '*', NULL, NULL, 'meta.code', NULL, 'One of: table, view', 1, 0, 1, 3),
  ('tap_schema.tables', 'utype', 'char', '*', NULL, NULL, 'meta.ref', NULL, 'UType of the table', 0, 0, 1, 4),
  ('tap_schema.tables', 'description', 'char', '*', NULL, NULL, 'meta.note', NULL, 'Brief description of the table', 1, 0, 1, 5),
  ('tap_schema.tables', 'table_index', 'int', NULL, NULL, NULL, 'meta.number', NULL, 'Recommended sort order when listing tables', 0, 0, 1, 6),
  ('tap_schema.columns', 'table_name', 'char', '*', NULL, NULL, 'meta.id;meta.table', NULL, 'Fully qualified table name', 1, 1, 1, 1),
  ('tap_schema.columns', 'column_name', 'char', '*', NULL, NULL, 'meta.id;meta.table', NULL, 'Column name', 1, 1, 1, 2),
  ('tap_schema.columns', 'datatype', 'char', '*', NULL, NULL, 'meta.code', NULL, 'ADQL datatype as in section 2.5 of TAP', 1, 0, 1, 3),
  ('tap_schema.columns', 'arraysize', 'char', '*', NULL, NULL, 'meta.number', NULL, 'Length of variable-length datatypes', 0, 0, 1, 4),
  ('tap_schema.columns', 'xtype', 'char', '*', NULL, NULL, 'meta.code', NULL, 'A DALI or custom extended type annotation', 0, 0, 1, 5),
  ('tap_schema.columns', '"size"', 'int', NULL, NULL, NULL, 'meta.number', NULL, 'Length of variable-length datatypes (deprecated: use arraysize)', 0, 0, 1, 6),
  ('tap_schema.columns', 'unit', 'char', '*', NULL, NULL, 'meta.unit', NULL, 'Unit in VO standard format', 1, 0, 1, 7),
  ('tap_schema.columns', 'ucd', 'char', '*', NULL, NULL, 'meta.ucd', NULL, 'UCD of the column', 1, 0, 1, 8),
  ('tap_schema.columns', 'utype', 'char', '*', NULL, NULL, 'meta.ref', NULL, 'UType of the column', 0, 0, 1, 9),
  ('tap_schema.columns', 'description', 'char', '*', NULL, NULL, 'meta.note', NULL, 'Brief description of the column', 1, 0, 1, 10),
  ('tap_schema.columns', 'principal', 'int', NULL, NULL, NULL, 'meta.code', NULL, 'A principal column; 1 means true, 0 means false', 0, 0, 1, 11),
  ('tap_schema.columns', 'indexed', 'int', NULL, NULL, NULL, 'meta.code', NULL, 'An indexed column; 1 means true, 0 means false', 0, 0, 1, 12),
  ('tap_schema.columns', 'std', 'int', NULL, NULL, NULL, 'meta.code', NULL, 'A standard column; 1 means true, 0 means false', 0, 0, 1, 13),
  ('tap_schema.columns', 'column_index', 'int', NULL, NULL, NULL, 'meta.number', NULL, 'Recommended sort order when listing columns', 0, 0, 1, 14),
  ('tap_schema.keys', 'key_id', 'char', '*', NULL, NULL, 'meta.id', NULL, 'Unique key identifier', 1, 1, 1, 1),
  ('tap_schema.keys', 'from_table', 'char', '*', NULL, NULL, 'meta.id;meta.table', NULL, 'Fully qualified table name', 1, 0, 1, 2),
  ('tap_schema.keys', 'target_table', 'char', '*', NULL, NULL, 'meta.id;meta.table', NULL, 'Fully qualified table name', 1, 0, 1, 3),
  ('tap_schema.keys', 'utype', 'char', '*', NULL, NULL, 'meta.ref', NULL, 'UType of the key', 0, 0, 1, 4),
  ('tap_schema.keys', 'description', 'char', '*', NULL, NULL, 'meta.note', NULL, 'Brief description of the key', 1, 0, 1, 5),
  ('tap_schema.key_columns', 'key_id', 'char', '*', NULL, NULL, 'meta.id', NULL, 'Key identifier from TAP_SCHEMA.keys', 1, 1, 1, 1),
  ('tap_schema.key_columns', 'from_column', 'char', '*', NULL, NULL, 'meta.id;meta.table', NULL, 'Key column name in the from_table', 1, 1, 1, 2),
  ('tap_schema.key_columns', 'target_column', 'char', '*', NULL, NULL, 'meta.id;meta.table', NULL, 'Key column name in the target_table', 1, 0, 1, 3);

-- TAP 1.1 keeps the deprecated "size" column; taplint requires it to agree with a fixed arraysize.
UPDATE tap_schema.columns SET "size" = CAST(arraysize AS integer)
 WHERE arraysize ~ '^[0-9]+$';

INSERT INTO tap_schema.keys (key_id, from_table, target_table, utype, description) VALUES
  ('tables_schema', 'tap_schema.tables', 'tap_schema.schemas', NULL, 'The schema each table belongs to'),
  ('columns_table', 'tap_schema.columns', 'tap_schema.tables', NULL, 'The table each column belongs to'),
  ('keys_from', 'tap_schema.keys', 'tap_schema.tables', NULL, 'The table a key starts from'),
  ('keys_target', 'tap_schema.keys', 'tap_schema.tables', NULL, 'The table a key points to'),
  ('key_columns_key', 'tap_schema.key_columns', 'tap_schema.keys', NULL, 'The key each key column belongs to');

INSERT INTO tap_schema.key_columns (key_id, from_column, target_column) VALUES
  ('tables_schema', 'schema_name', 'schema_name'),
  ('columns_table', 'table_name', 'table_name'),
  ('keys_from', 'from_table', 'table_name'),
  ('keys_target', 'target_table', 'table_name'),
  ('key_columns_key', 'key_id', 'key_id');

GRANT USAGE ON SCHEMA tap_schema TO "${readerRole}";
GRANT SELECT ON ALL TABLES IN SCHEMA tap_schema TO "${readerRole}";
