-- Issue 19: a token carries its scopes and an expiry (tokens issued before keep working for 90 days from now), and
-- where it was last used from; a user's session version ends every web session when it moves on.
ALTER TABLE api_token ADD COLUMN scopes VARCHAR(100) DEFAULT 'FULL' NOT NULL;
ALTER TABLE api_token ADD COLUMN expires_at TIMESTAMP WITH TIME ZONE;
UPDATE api_token SET expires_at = CURRENT_TIMESTAMP + INTERVAL '90' DAY;
ALTER TABLE api_token ALTER COLUMN expires_at SET NOT NULL;
ALTER TABLE api_token ADD COLUMN last_used_from VARCHAR(64);
ALTER TABLE app_user ADD COLUMN session_version BIGINT DEFAULT 0 NOT NULL;
