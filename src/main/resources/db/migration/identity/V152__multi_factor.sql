-- Multi-factor sign-in (issue 19): one TOTP authenticator per user (the secret encrypted when a key is configured;
-- confirmed once a first code matched; the last accepted time step refuses a replayed code), one-time recovery
-- codes stored as SHA-256 hashes, devices remembered by the hash of a cookie, and each organisation's policy.
CREATE TABLE mfa_totp (
    user_id         UUID PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
    organisation_id UUID NOT NULL REFERENCES organisation (id),
    secret          VARCHAR(200) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    confirmed_at    TIMESTAMP WITH TIME ZONE,
    last_step       BIGINT NOT NULL,
    failed_attempts INTEGER NOT NULL
);

CREATE TABLE mfa_recovery_code (
    user_id         UUID NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    organisation_id UUID NOT NULL REFERENCES organisation (id),
    code_hash       CHAR(64) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at         TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (user_id, code_hash)
);

CREATE TABLE mfa_remembered_device (
    id              UUID PRIMARY KEY,
    organisation_id UUID NOT NULL REFERENCES organisation (id),
    user_id         UUID NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    token_hash      CHAR(64) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX ux_mfa_remembered_device_hash ON mfa_remembered_device (token_hash);
CREATE INDEX ix_mfa_remembered_device_user ON mfa_remembered_device (user_id);

-- Roles (comma-separated role names) whose members must use a second factor; remember_days 0 = never remember.
CREATE TABLE mfa_policy (
    organisation_id UUID PRIMARY KEY REFERENCES organisation (id),
    required_roles  VARCHAR(100) NOT NULL,
    remember_days   INTEGER NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
