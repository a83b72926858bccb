-- A count of the statements that changed ivoa.obscore, moved in the changing transaction (so it becomes
-- visible with the change, never before). With the newest release date that has passed, it tells whether
-- anything the public coverage (and the registry records built on it) shows could differ, in two index
-- lookups instead of a scan of every row on each request.
CREATE TABLE ivoa.obscore_changes (
  single   boolean PRIMARY KEY DEFAULT true CHECK (single),
  changes  bigint NOT NULL
);
INSERT INTO ivoa.obscore_changes (changes) VALUES (0);

CREATE FUNCTION ivoa.count_obscore_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE ivoa.obscore_changes SET changes = changes + 1;
  RETURN NULL;
END
$$;

CREATE TRIGGER obscore_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ivoa.obscore
  FOR EACH STATEMENT EXECUTE FUNCTION ivoa.count_obscore_change();

-- the coverage is read as the query role; the table is not in TAP_SCHEMA, so no query service offers it
GRANT SELECT ON ivoa.obscore_changes TO "${readerRole}";
