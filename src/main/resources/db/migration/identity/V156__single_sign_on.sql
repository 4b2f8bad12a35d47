-- Single sign-on per organisation: one OpenID Connect provider, one LDAP / Active Directory directory, the mapping
-- of claim values and group DNs to Hikeshi roles, and the link from a local account to its outside identity.
CREATE TABLE sso_oidc_provider (
    organisation_id UUID PRIMARY KEY REFERENCES organisation (id),
    enabled         BOOLEAN NOT NULL,
    display_name    VARCHAR(100) NOT NULL,
    issuer_uri      VARCHAR(500) NOT NULL,
    client_id       VARCHAR(200) NOT NULL,
    client_secret   VARCHAR(500) NOT NULL,
    username_claim  VARCHAR(100) NOT NULL,
    role_claim      VARCHAR(100) NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE sso_ldap_directory (
    organisation_id    UUID PRIMARY KEY REFERENCES organisation (id),
    enabled            BOOLEAN NOT NULL,
    url                VARCHAR(500) NOT NULL,
    base_dn            VARCHAR(500) NOT NULL,
    bind_dn            VARCHAR(500),
    bind_password      VARCHAR(500),
    user_search_base   VARCHAR(500) NOT NULL,
    user_search_filter VARCHAR(200) NOT NULL,
    group_attribute    VARCHAR(100) NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL
);

-- source: OIDC (value = a value of the role claim) or LDAP (value = a group's distinguished name)
CREATE TABLE sso_role_mapping (
    organisation_id UUID NOT NULL REFERENCES organisation (id),
    source          VARCHAR(10) NOT NULL,
    external_value  VARCHAR(500) NOT NULL,
    role            VARCHAR(20) NOT NULL,
    PRIMARY KEY (organisation_id, source, external_value, role)
);

-- subject: the issuer and the subject claim for OIDC, the entry's distinguished name for LDAP
CREATE TABLE sso_link (
    app_user        UUID PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
    organisation_id UUID NOT NULL REFERENCES organisation (id),
    source          VARCHAR(10) NOT NULL,
    subject         VARCHAR(700) NOT NULL,
    linked_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX ux_sso_link_subject ON sso_link (organisation_id, source, subject);
