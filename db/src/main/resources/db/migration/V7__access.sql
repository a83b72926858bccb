-- Accounts and grants: who may see proprietary data.
--
-- A programme (PROG ID) has a PI and delegates, named one by one or through a group. A caller is
-- entitled to a programme's rows before their release date when they hold either role in it, directly
-- or through a group they belong to; operators see everything. The server names the caller of each
-- user query in the transaction-local setting voarchive.caller (empty or unset: anonymous), and the
-- row-level security policies ask access.caller_programs() and access.caller_is_operator(), which run
-- as the owner so that the query role itself cannot read these tables.
CREATE SCHEMA access;
COMMENT ON SCHEMA access IS 'Accounts, groups, programme grants and API tokens';

CREATE TABLE access.users (
  name           text PRIMARY KEY CHECK (name ~ '^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$'),
  password_hash  text,
  email          text,
  operator       boolean NOT NULL DEFAULT false,
  disabled       boolean NOT NULL DEFAULT false,
  created        timestamptz NOT NULL DEFAULT now()
);
COMMENT ON COLUMN access.users.password_hash IS 'A slow hash in its library''s encoded form; NULL: the account logs in with tokens only';

CREATE TABLE access.groups (
  name         text PRIMARY KEY CHECK (name ~ '^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$'),
  description  text
);

CREATE TABLE access.group_members (
  group_name  text NOT NULL REFERENCES access.groups ON DELETE CASCADE,
  user_name   text NOT NULL REFERENCES access.users ON DELETE CASCADE,
  PRIMARY KEY (group_name, user_name)
);
CREATE INDEX group_members_user_idx ON access.group_members (user_name);

-- No foreign key to archive.programs: a PI may be granted a programme before its first frame arrives.
CREATE TABLE access.program_members (
  prog_id     text NOT NULL,
  user_name   text REFERENCES access.users ON DELETE CASCADE,
  group_name  text REFERENCES access.groups ON DELETE CASCADE,
  role        text NOT NULL CHECK (role IN ('pi', 'delegate')),
  CHECK ((user_name IS NULL) <> (group_name IS NULL))
);
CREATE UNIQUE INDEX program_members_user_idx ON access.program_members (prog_id, user_name) WHERE user_name IS NOT NULL;
CREATE UNIQUE INDEX program_members_group_idx ON access.program_members (prog_id, group_name) WHERE group_name IS NOT NULL;

-- Only a digest of each token is kept: a stolen table does not hand out credentials.
CREATE TABLE access.tokens (
  id            uuid PRIMARY KEY,
  user_name     text NOT NULL REFERENCES access.users ON DELETE CASCADE,
  token_sha256  char(64) NOT NULL UNIQUE,
  label         text,
  created       timestamptz NOT NULL DEFAULT now(),
  expires       timestamptz NOT NULL,
  revoked       timestamptz
);
CREATE INDEX tokens_user_idx ON access.tokens (user_name);

CREATE FUNCTION access.caller() RETURNS text
  LANGUAGE sql STABLE
  AS $$ SELECT nullif(current_setting('voarchive.caller', true), '') $$;

CREATE FUNCTION access.caller_programs() RETURNS text[]
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, access
  AS $$
    SELECT coalesce(array_agg(DISTINCT pm.prog_id), '{}')
      FROM access.program_members pm
      JOIN access.users u ON u.name = access.caller() AND NOT u.disabled
     WHERE pm.user_name = u.name
        OR pm.group_name IN (SELECT gm.group_name FROM access.group_members gm WHERE gm.user_name = u.name)
  $$;

CREATE FUNCTION access.caller_is_operator() RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, access
  AS $$ SELECT coalesce((SELECT u.operator AND NOT u.disabled FROM access.users u WHERE u.name = access.caller()), false) $$;

REVOKE ALL ON FUNCTION access.caller_programs(), access.caller_is_operator() FROM PUBLIC;
GRANT USAGE ON SCHEMA access TO "${readerRole}";
GRANT EXECUTE ON FUNCTION access.caller(), access.caller_programs(), access.caller_is_operator() TO "${readerRole}";
