-- Enforcement: what the query role sees depends on who asks.
--
-- A row is visible to a user query when it is released, or its programme is one the caller is
-- entitled to (PI or delegate, directly or through a group: access.caller_programs()), or the caller is
-- an operator. The caller is the transaction-local setting voarchive.caller that the server sets before
-- every user query (empty: anonymous). ivoa.obscore had no policy until now; archive.files' policy is
-- replaced, and every other archive table's policy already asks archive.files (whose policy applies
-- inside theirs), so joins, subqueries, aggregates and set operations see only what the caller may.
--
-- The two functions are wrapped in scalar sub-selects so that PostgreSQL evaluates them once per query
-- (an InitPlan) instead of once per row.

ALTER TABLE ivoa.obscore ENABLE ROW LEVEL SECURITY;
CREATE POLICY entitled ON ivoa.obscore FOR SELECT TO "${readerRole}"
  USING (obs_release_date <= (now() AT TIME ZONE 'UTC')
         OR proposal_id = ANY ((SELECT access.caller_programs())::text[])
         OR (SELECT access.caller_is_operator()));

DROP POLICY released ON archive.files;
CREATE POLICY entitled ON archive.files FOR SELECT TO "${readerRole}"
  USING (release_date <= (now() AT TIME ZONE 'UTC')
         OR prog_id = ANY ((SELECT access.caller_programs())::text[])
         OR (SELECT access.caller_is_operator()));

-- Under row-level security PostgreSQL evaluates a user's condition before the policy only when the
-- condition's functions are LEAKPROOF; otherwise the condition cannot drive an index scan, and every cone
-- search would read the whole table. pgSphere's containment and overlap predicates are pure comparisons
-- that raise no errors, but only a superuser may say so: done here when the migration runs as one, and
-- by db/src/main/bootstrap/bootstrap.sql (run by ./archive) otherwise.
DO $$
DECLARE
  f regprocedure;
  missing text := '';
BEGIN
  FOR f IN
    SELECT p.oid::regprocedure
      FROM pg_operator o JOIN pg_proc p ON p.oid = o.oprcode
     WHERE o.oprname IN ('<@', '@>', '&&')
       AND o.oprleft::regtype::text IN ('spoint', 'scircle', 'spoly', 'sbox')
       AND o.oprright::regtype::text IN ('spoint', 'scircle', 'spoly', 'sbox')
       AND NOT p.proleakproof
  LOOP
    IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
      EXECUTE format('ALTER FUNCTION %s LEAKPROOF', f);
    ELSE
      missing := missing || format('ALTER FUNCTION %s LEAKPROOF; ', f);
    END IF;
  END LOOP;
  IF missing <> '' THEN
    RAISE WARNING 'pgSphere''s predicates are not marked LEAKPROOF in database "%", so spatial searches cannot use their indexes under row-level security. As a superuser run in that database: %',
      current_database(), missing;
  END IF;
END
$$;
