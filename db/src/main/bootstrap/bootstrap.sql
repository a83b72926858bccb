-- One-time cluster set-up for VO Archive, run by ./archive as a PostgreSQL superuser:
--   psql -v owner=archive -v password=archive -v reader=archive_reader -v database=archive \
--        -v sphere_version=1.2.0 -f bootstrap.sql
-- sphere_version is the pg_sphere extension version to create (empty for the default).
-- Idempotent: run it as often as you like. Everything else (schemas, tables, grants) is done by the
-- Flyway migrations that the application runs as the owner role.
\set ON_ERROR_STOP on
SET client_min_messages = warning;

-- The owner: owns the archive's schemas, runs migrations, may create databases (tests clone one).
SELECT format('CREATE ROLE %I LOGIN CREATEDB PASSWORD %L', :'owner', :'password')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'owner') \gexec

-- The reader: user queries run as this role (SET ROLE), so it can only read what is granted to it.
SELECT format('CREATE ROLE %I NOLOGIN', :'reader')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'reader') \gexec
SELECT format('GRANT %I TO %I', :'reader', :'owner') \gexec

-- Under row-level security only LEAKPROOF predicates may drive an index scan (see migration V8);
-- pgSphere's containment and overlap operators are pure comparisons, and only a superuser may mark them.
\set leakproof 'SELECT format(''ALTER FUNCTION %s LEAKPROOF'', p.oid::regprocedure) FROM pg_operator o JOIN pg_proc p ON p.oid = o.oprcode WHERE o.oprname IN (''<@'', ''@>'', ''&&'') AND o.oprleft::regtype::text IN (''spoint'', ''scircle'', ''spoly'', ''sbox'') AND o.oprright::regtype::text IN (''spoint'', ''scircle'', ''spoly'', ''sbox'') AND NOT p.proleakproof'

-- pg_sphere may only be created by a superuser. archive_template carries it, so that the owner can
-- create fresh databases for tests (CREATE DATABASE ... TEMPLATE archive_template) without superuser.
SELECT format('CREATE DATABASE archive_template OWNER %I', :'owner')
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = 'archive_template') \gexec
\connect archive_template
SELECT CASE WHEN :'sphere_version' = '' THEN 'CREATE EXTENSION pg_sphere'
            ELSE format('CREATE EXTENSION pg_sphere VERSION %L', :'sphere_version') END
 WHERE NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_sphere') \gexec
:leakproof \gexec
\connect postgres
UPDATE pg_database SET datistemplate = true WHERE datname = 'archive_template' AND NOT datistemplate;

SELECT format('CREATE DATABASE %I OWNER %I TEMPLATE archive_template', :'database', :'owner')
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'database') \gexec
\connect :database
SELECT CASE WHEN :'sphere_version' = '' THEN 'CREATE EXTENSION pg_sphere'
            ELSE format('CREATE EXTENSION pg_sphere VERSION %L', :'sphere_version') END
 WHERE NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_sphere') \gexec
:leakproof \gexec
