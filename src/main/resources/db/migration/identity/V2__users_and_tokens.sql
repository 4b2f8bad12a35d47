CREATE TABLE app_user (
    id              UUID PRIMARY KEY,
    organisation_id UUID NOT NULL REFERENCES organisation (id),
    username        VARCHAR(100) NOT NULL,
    display_name    VARCHAR(200) NOT NULL,
    email           VARCHAR(320),
    password_hash   VARCHAR(200) NOT NULL,
    locale          VARCHAR(10) NOT NULL,
    enabled         BOOLEAN NOT NULL,
    failed_logins   INTEGER NOT NULL,
    locked_until    TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT NOT NULL
);
CREATE UNIQUE INDEX ux_app_user_username ON app_user (username);

CREATE TABLE user_role (
    app_user UUID NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    role     VARCHAR(20) NOT NULL,
    PRIMARY KEY (app_user, role)
);

CREATE TABLE api_token (
    id              UUID PRIMARY KEY,
    organisation_id UUID NOT NULL REFERENCES organisation (id),
    user_id         UUID NOT NULL REFERENCES app_user (id),
    name            VARCHAR(100) NOT NULL,
    token_hash      CHAR(64) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at    TIMESTAMP WITH TIME ZONE,
    revoked_at      TIMESTAMP WITH TIME ZONE,
    version         BIGINT NOT NULL
);
CREATE UNIQUE INDEX ux_api_token_hash ON api_token (token_hash);
CREATE INDEX ix_api_token_user ON api_token (user_id);
