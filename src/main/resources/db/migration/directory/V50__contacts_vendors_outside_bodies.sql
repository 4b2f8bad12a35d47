-- Internal contacts, vendors with their people, and outside bodies (GEN-2, REP-3).
CREATE TABLE contact (
    id              UUID PRIMARY KEY,
    organisation_id UUID NOT NULL REFERENCES organisation (id),
    name            VARCHAR(200) NOT NULL,
    department      VARCHAR(200),
    title           VARCHAR(200),
    phone           VARCHAR(50),
    email           VARCHAR(320),
    user_id         UUID REFERENCES app_user (id),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT NOT NULL
);
CREATE INDEX ix_contact_org_name ON contact (organisation_id, name);
CREATE INDEX ix_contact_user ON contact (user_id);

CREATE TABLE vendor (
    id              UUID PRIMARY KEY,
    organisation_id UUID NOT NULL REFERENCES organisation (id),
    name            VARCHAR(200) NOT NULL,
    emergency_phone VARCHAR(50),
    email           VARCHAR(320),
    address         VARCHAR(500),
    notes           VARCHAR(4000),
    active          BOOLEAN NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT NOT NULL
);
CREATE INDEX ix_vendor_org_name ON vendor (organisation_id, name);

CREATE TABLE vendor_person (
    id         UUID PRIMARY KEY,
    vendor_id  UUID NOT NULL REFERENCES vendor (id),
    name       VARCHAR(200) NOT NULL,
    phone      VARCHAR(50),
    email      VARCHAR(320),
    user_id    UUID REFERENCES app_user (id),
    sort_order INTEGER NOT NULL
);
CREATE INDEX ix_vendor_person_vendor ON vendor_person (vendor_id, sort_order);
CREATE INDEX ix_vendor_person_user ON vendor_person (user_id);

-- The free-text maintaining_vendor stays; vendor_id links an asset to a vendor of the directory.
ALTER TABLE asset ADD COLUMN vendor_id UUID REFERENCES vendor (id);
CREATE INDEX ix_asset_vendor ON asset (vendor_id);

CREATE TABLE outside_body (
    organisation_id UUID NOT NULL REFERENCES organisation (id),
    code            VARCHAR(40) NOT NULL,
    name_ja         VARCHAR(200) NOT NULL,
    name_en         VARCHAR(200) NOT NULL,
    purpose_ja      VARCHAR(1000),
    purpose_en      VARCHAR(1000),
    phone           VARCHAR(50),
    email           VARCHAR(320),
    url             VARCHAR(500),
    notes           VARCHAR(4000),
    sort_order      INTEGER NOT NULL,
    version         BIGINT NOT NULL,
    PRIMARY KEY (organisation_id, code)
);

INSERT INTO outside_body (organisation_id, code, name_ja, name_en, purpose_ja, purpose_en, phone, email, url, notes, sort_order, version) VALUES
('00000000-0000-0000-0000-000000000001', 'PPC', '個人情報保護委員会', 'Personal Information Protection Commission (PPC)', '個人データの漏えい等の報告（個人情報保護法）', 'Breach reports under the APPI', NULL, NULL, 'https://www.ppc.go.jp/', NULL, 10, 0),
('00000000-0000-0000-0000-000000000001', 'IPA', '独立行政法人 情報処理推進機構（IPA）', 'Information-technology Promotion Agency (IPA)', 'コンピュータウイルス・不正アクセスの届出と相談', 'Reports of and advice on viruses and unauthorised access', NULL, NULL, 'https://www.ipa.go.jp/', NULL, 20, 0),
('00000000-0000-0000-0000-000000000001', 'JPCERT_CC', 'JPCERT/CC', 'JPCERT/CC', 'インシデントの報告と調整', 'Incident reports and coordination', NULL, NULL, 'https://www.jpcert.or.jp/', NULL, 30, 0),
('00000000-0000-0000-0000-000000000001', 'POLICE', '都道府県警察 サイバー犯罪相談窓口', 'Prefectural police cyber crime desk', '被害の届出・相談（発見者への確認事項と証拠資料を添えて）', 'Filing a report with the police, with what was confirmed with the discoverer and the evidence', NULL, NULL, NULL, NULL, 40, 0),
('00000000-0000-0000-0000-000000000001', 'MINISTRY', '所管官庁', 'Competent ministry', '所管官庁への報告（例: 医療機関は厚生労働省）', 'Reports to the competent ministry (e.g. MHLW for medical institutions)', NULL, NULL, NULL, NULL, 50, 0),
('00000000-0000-0000-0000-000000000001', 'INSURER', 'サイバー保険（保険会社）', 'Cyber insurer', '保険契約がある場合の事故連絡', 'Notifying the insurer, where a policy exists', NULL, NULL, NULL, NULL, 60, 0),
('00000000-0000-0000-0000-000000000001', 'NO_MORE_RANSOM', 'No More Ransom', 'No More Ransom', 'ランサムウェアの復号ツールの検索', 'Searching for a ransomware decryptor', NULL, NULL, 'https://www.nomoreransom.org/', NULL, 70, 0);
