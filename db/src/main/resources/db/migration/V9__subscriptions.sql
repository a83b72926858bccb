-- Notifications: a PI or delegate asks to be told when new data of a programme is published.
--
-- A subscription names where to send the notice: a webhook (an HTTP POST of JSON), an e-mail address,
-- or both. Holding a role in the programme is checked when subscribing and again at every notice, so
-- that a withdrawn grant or a disabled account stops the notices without touching this table.
CREATE TABLE access.subscriptions (
  id           uuid PRIMARY KEY,
  user_name    text NOT NULL REFERENCES access.users ON DELETE CASCADE,
  prog_id      text NOT NULL,
  webhook_url  text CHECK (webhook_url ~ '^https?://'),
  email        text CHECK (email ~ '^[^@\s]+@[^@\s]+$'),
  created      timestamptz NOT NULL DEFAULT now(),
  CHECK (webhook_url IS NOT NULL OR email IS NOT NULL)
);
CREATE INDEX subscriptions_prog_idx ON access.subscriptions (prog_id);
CREATE INDEX subscriptions_user_idx ON access.subscriptions (user_name);
COMMENT ON TABLE access.subscriptions IS 'Who is told when a programme''s new data is published, and how';
