-- admin tokens expire; tokens made before this had no end, so they get the default 12 hours from when they were made
ALTER TABLE admin_token ADD COLUMN expires_at TIMESTAMP WITH TIME ZONE;
UPDATE admin_token SET expires_at = created_at + INTERVAL '12' HOUR;
ALTER TABLE admin_token ALTER COLUMN expires_at SET NOT NULL;
