CREATE TABLE asset (
    id                 UUID PRIMARY KEY,
    organisation_id    UUID NOT NULL REFERENCES organisation (id),
    name               VARCHAR(200) NOT NULL,
    kind               VARCHAR(30) NOT NULL,
    location           VARCHAR(200),
    owner              VARCHAR(200),
    maintaining_vendor VARCHAR(200),
    description        VARCHAR(4000),
    retired_at         TIMESTAMP WITH TIME ZONE,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT NOT NULL
);
CREATE INDEX ix_asset_org_name ON asset (organisation_id, name);

-- Event categories (DET-3), mapped to RSIT; organisations may add their own.
CREATE TABLE event_category (
    organisation_id UUID NOT NULL REFERENCES organisation (id),
    code            VARCHAR(40) NOT NULL,
    name_ja         VARCHAR(100) NOT NULL,
    name_en         VARCHAR(100) NOT NULL,
    rsit            VARCHAR(200),
    active          BOOLEAN NOT NULL,
    sort_order      INTEGER NOT NULL,
    PRIMARY KEY (organisation_id, code)
);

INSERT INTO event_category (organisation_id, code, name_ja, name_en, rsit, active, sort_order) VALUES
('00000000-0000-0000-0000-000000000001', 'INFO_LEAK', '情報漏えい', 'Information leak', 'Information Content Security / data-leak, unauthorised-information-access', TRUE, 10),
('00000000-0000-0000-0000-000000000001', 'MALWARE', 'マルウェア感染', 'Malware infection', 'Malicious Code / infected-system', TRUE, 20),
('00000000-0000-0000-0000-000000000001', 'RANSOMWARE', 'ランサムウェア', 'Ransomware', 'Information Content Security / unauthorised-modification (+ Availability)', TRUE, 30),
('00000000-0000-0000-0000-000000000001', 'INTRUSION', 'システムへの侵入', 'Intrusion into a system', 'Intrusions / system-compromise, application-compromise', TRUE, 40),
('00000000-0000-0000-0000-000000000001', 'UNAUTHORIZED_ACCESS', '不正アクセス', 'Unauthorised access', 'Intrusions / privileged- or unprivileged-account-compromise', TRUE, 50),
('00000000-0000-0000-0000-000000000001', 'DEFACEMENT', 'Webサイト改ざん', 'Website defacement', 'Information Content Security / unauthorised-modification', TRUE, 60),
('00000000-0000-0000-0000-000000000001', 'TARGETED_EMAIL', '標的型メール攻撃', 'Targeted e-mail attack', 'Fraud / phishing (+ Malicious Code)', TRUE, 70),
('00000000-0000-0000-0000-000000000001', 'PHISHING', 'フィッシング', 'Phishing', 'Fraud / phishing', TRUE, 80),
('00000000-0000-0000-0000-000000000001', 'DOS', 'サービス妨害（DoS/DDoS）', 'Denial of service', 'Availability / dos, ddos', TRUE, 90),
('00000000-0000-0000-0000-000000000001', 'SCAN', 'スキャン・探索', 'Scanning / probing', 'Information Gathering / scanner', TRUE, 100),
('00000000-0000-0000-0000-000000000001', 'LOSS_THEFT', '機器・媒体の紛失・盗難', 'Loss or theft of a device or medium', 'Information Content Security / data-loss', TRUE, 110),
('00000000-0000-0000-0000-000000000001', 'MISDELIVERY', '誤送信・誤公開', 'Mis-sent mail or mistaken publication', 'Information Content Security / data-leak', TRUE, 120),
('00000000-0000-0000-0000-000000000001', 'VULNERABILITY', '脆弱性', 'Vulnerability found', 'Vulnerable / vulnerable-system', TRUE, 130),
('00000000-0000-0000-0000-000000000001', 'OTHER', 'その他', 'Other', 'Other / undetermined', TRUE, 140);
