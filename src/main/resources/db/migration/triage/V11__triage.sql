-- Fact-finding check lists per category (TRI-1) are data: organisations change them without a release.
CREATE TABLE triage_check (
    organisation_id UUID NOT NULL REFERENCES organisation (id),
    category        VARCHAR(40) NOT NULL,
    code            VARCHAR(40) NOT NULL,
    kind            VARCHAR(20) NOT NULL,
    label_ja        VARCHAR(300) NOT NULL,
    label_en        VARCHAR(300) NOT NULL,
    sort_order      INTEGER NOT NULL,
    PRIMARY KEY (organisation_id, category, code)
);

INSERT INTO triage_check (organisation_id, category, code, kind, label_ja, label_en, sort_order) VALUES
('00000000-0000-0000-0000-000000000001', 'MALWARE', 'INFECTED', 'QUESTION', '感染している機器はあるか', 'Is any device infected?', 10),
('00000000-0000-0000-0000-000000000001', 'MALWARE', 'SPREAD', 'QUESTION', '感染はどこまで広がっているか', 'How far has the infection spread?', 20),
('00000000-0000-0000-0000-000000000001', 'RANSOMWARE', 'INFECTED', 'QUESTION', '感染・暗号化された機器はあるか', 'Is any device infected or encrypted?', 10),
('00000000-0000-0000-0000-000000000001', 'RANSOMWARE', 'SPREAD', 'QUESTION', '感染はどこまで広がっているか', 'How far has the infection spread?', 20),
('00000000-0000-0000-0000-000000000001', 'UNAUTHORIZED_ACCESS', 'VENDOR_TRACES', 'VENDOR_REQUEST', 'ベンダーへ Web サイト改ざん・情報漏えい・不正アクセスの痕跡の確認を依頼', 'Ask the vendor to look for traces of website defacement, information leakage or unauthorised access', 10),
('00000000-0000-0000-0000-000000000001', 'INTRUSION', 'VENDOR_TRACES', 'VENDOR_REQUEST', 'ベンダーへ Web サイト改ざん・情報漏えい・不正アクセスの痕跡の確認を依頼', 'Ask the vendor to look for traces of website defacement, information leakage or unauthorised access', 10),
('00000000-0000-0000-0000-000000000001', 'DEFACEMENT', 'VENDOR_TRACES', 'VENDOR_REQUEST', 'ベンダーへ Web サイト改ざん・情報漏えい・不正アクセスの痕跡の確認を依頼', 'Ask the vendor to look for traces of website defacement, information leakage or unauthorised access', 10),
('00000000-0000-0000-0000-000000000001', 'TARGETED_EMAIL', 'IMPERSONATED_INTERVIEW', 'QUESTION', 'なりすまされた本人へのヒアリング', 'Interview the person whose name the mail used', 10),
('00000000-0000-0000-0000-000000000001', 'TARGETED_EMAIL', 'ANTIVIRUS_SCAN', 'QUESTION', 'ウイルス対策ソフトでスキャンした結果', 'Result of the anti-virus scan', 20),
('00000000-0000-0000-0000-000000000001', 'TARGETED_EMAIL', 'MAIL_LOGS', 'VENDOR_REQUEST', 'ベンダーへメールサーバーのログ確認を依頼', 'Ask the vendor to check the mail server logs', 30);

-- The triage of one report: the facts found (TRI-1) and every decision ever made on it (TRI-2).
CREATE TABLE triage (
    id              UUID PRIMARY KEY,
    organisation_id UUID NOT NULL REFERENCES organisation (id),
    report_id       UUID NOT NULL REFERENCES report (id),
    damage          VARCHAR(10) NOT NULL,
    impact          VARCHAR(4000),
    ongoing         VARCHAR(10) NOT NULL,
    outcome         VARCHAR(20),
    incident_id     UUID,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT NOT NULL
);
CREATE UNIQUE INDEX ux_triage_report ON triage (report_id);

CREATE TABLE triage_consultation (
    triage            UUID NOT NULL REFERENCES triage (id) ON DELETE CASCADE,
    item_index        INTEGER NOT NULL,
    organisation_name VARCHAR(200) NOT NULL,
    response          VARCHAR(4000),
    consulted_at      TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (triage, item_index)
);

CREATE TABLE triage_check_answer (
    triage       UUID NOT NULL REFERENCES triage (id) ON DELETE CASCADE,
    item_index   INTEGER NOT NULL,
    code         VARCHAR(40) NOT NULL,
    answer       VARCHAR(4000),
    requested_to VARCHAR(200),
    requested_at TIMESTAMP WITH TIME ZONE,
    answered_at  TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (triage, item_index)
);

CREATE TABLE triage_decision (
    triage             UUID NOT NULL REFERENCES triage (id) ON DELETE CASCADE,
    item_index         INTEGER NOT NULL,
    outcome            VARCHAR(20) NOT NULL,
    reason             VARCHAR(4000) NOT NULL,
    decided_by         UUID NOT NULL,
    decided_by_name    VARCHAR(200) NOT NULL,
    decided_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    incident_id        UUID,
    duplicate_of       UUID,
    urgency            VARCHAR(20),
    severity           VARCHAR(20),
    warning_recipients VARCHAR(2000),
    warning_text       VARCHAR(4000),
    warning_sent_at    TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (triage, item_index)
);
CREATE INDEX ix_triage_decision_incident ON triage_decision (incident_id);
