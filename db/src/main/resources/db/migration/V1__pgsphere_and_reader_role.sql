-- pgSphere and the read-only role that user queries run as.
--
-- pg_sphere is not a trusted extension: only a superuser may create it. ./archive creates it (in the
-- archive database and in the archive_template database that tests clone); here we only make sure it
-- is there, and say exactly what to do when it is not.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_sphere') THEN
    RAISE EXCEPTION 'pgSphere is not installed on this PostgreSQL server (version %). Install it, for example on Debian: apt-get install postgresql-%-pgsphere',
      current_setting('server_version'), current_setting('server_version_num')::int / 10000;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_sphere') THEN
    BEGIN
      CREATE EXTENSION pg_sphere;
    EXCEPTION WHEN insufficient_privilege THEN
      RAISE EXCEPTION 'pgSphere is installed but not enabled in database "%", and only a superuser may enable it. As a superuser run: CREATE EXTENSION pg_sphere; in that database (./archive run does this for you).',
        current_database();
    END;
  END IF;

  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${readerRole}') THEN
    BEGIN
      EXECUTE format('CREATE ROLE %I NOLOGIN', '${readerRole}');
    EXCEPTION WHEN insufficient_privilege THEN
      RAISE EXCEPTION 'The read-only role "%" does not exist and "%" may not create it. As a superuser run: CREATE ROLE % NOLOGIN; GRANT % TO %;',
        '${readerRole}', current_user, quote_ident('${readerRole}'), quote_ident('${readerRole}'), quote_ident(current_user);
    END;
  END IF;
  -- The owner switches to the reader (SET ROLE) for every user query, so it must be a member.
  IF NOT pg_has_role(current_user, '${readerRole}', 'MEMBER') THEN
    BEGIN
      EXECUTE format('GRANT %I TO %I', '${readerRole}', current_user);
    EXCEPTION WHEN insufficient_privilege THEN
      RAISE EXCEPTION 'Role "%" must be a member of the read-only role "%". As a superuser run: GRANT % TO %;',
        current_user, '${readerRole}', quote_ident('${readerRole}'), quote_ident(current_user);
    END;
  END IF;
END
$$;
