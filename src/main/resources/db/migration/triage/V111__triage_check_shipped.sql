-- Which edition of the shipped check list (TRI-1) each organisation's category holds, and whether an administrator
-- has edited it since: the installer adds missing categories and refreshes unedited ones, never edited ones.
CREATE TABLE triage_check_shipped (
    organisation_id UUID NOT NULL REFERENCES organisation (id),
    category        VARCHAR(40) NOT NULL,
    edition         INTEGER NOT NULL,
    edited          BOOLEAN NOT NULL,
    PRIMARY KEY (organisation_id, category)
);

-- The first edition (V11): a category whose items are still exactly these was never edited.
CREATE TABLE triage_check_first_edition (
    category VARCHAR(40) NOT NULL,
    code     VARCHAR(40) NOT NULL,
    kind     VARCHAR(20) NOT NULL,
    label_ja VARCHAR(300) NOT NULL,
    label_en VARCHAR(300) NOT NULL
);
INSERT INTO triage_check_first_edition (category, code, kind, label_ja, label_en) VALUES
('MALWARE', 'INFECTED', 'QUESTION', '感染している機器はあるか', 'Is any device infected?'),
('MALWARE', 'SPREAD', 'QUESTION', '感染はどこまで広がっているか', 'How far has the infection spread?'),
('RANSOMWARE', 'INFECTED', 'QUESTION', '感染・暗号化された機器はあるか', 'Is any device infected or encrypted?'),
('RANSOMWARE', 'SPREAD', 'QUESTION', '感染はどこまで広がっているか', 'How far has the infection spread?'),
('UNAUTHORIZED_ACCESS', 'VENDOR_TRACES', 'VENDOR_REQUEST', 'ベンダーへ Web サイト改ざん・情報漏えい・不正アクセスの痕跡の確認を依頼', 'Ask the vendor to look for traces of website defacement, information leakage or unauthorised access'),
('INTRUSION', 'VENDOR_TRACES', 'VENDOR_REQUEST', 'ベンダーへ Web サイト改ざん・情報漏えい・不正アクセスの痕跡の確認を依頼', 'Ask the vendor to look for traces of website defacement, information leakage or unauthorised access'),
('DEFACEMENT', 'VENDOR_TRACES', 'VENDOR_REQUEST', 'ベンダーへ Web サイト改ざん・情報漏えい・不正アクセスの痕跡の確認を依頼', 'Ask the vendor to look for traces of website defacement, information leakage or unauthorised access'),
('TARGETED_EMAIL', 'IMPERSONATED_INTERVIEW', 'QUESTION', 'なりすまされた本人へのヒアリング', 'Interview the person whose name the mail used'),
('TARGETED_EMAIL', 'ANTIVIRUS_SCAN', 'QUESTION', 'ウイルス対策ソフトでスキャンした結果', 'Result of the anti-virus scan'),
('TARGETED_EMAIL', 'MAIL_LOGS', 'VENDOR_REQUEST', 'ベンダーへメールサーバーのログ確認を依頼', 'Ask the vendor to check the mail server logs');

INSERT INTO triage_check_shipped (organisation_id, category, edition, edited)
SELECT c.organisation_id, c.category, 1,
       CASE WHEN COUNT(f.code) = COUNT(*) AND COUNT(*) = MAX(n.items) THEN FALSE ELSE TRUE END
FROM triage_check c
LEFT JOIN triage_check_first_edition f ON f.category = c.category AND f.code = c.code AND f.kind = c.kind
     AND f.label_ja = c.label_ja AND f.label_en = c.label_en
LEFT JOIN (SELECT category, COUNT(*) AS items FROM triage_check_first_edition GROUP BY category) n ON n.category = c.category
GROUP BY c.organisation_id, c.category;

-- A first-edition category an organisation emptied on purpose stays empty.
INSERT INTO triage_check_shipped (organisation_id, category, edition, edited)
SELECT o.id, f.category, 1, TRUE
FROM organisation o CROSS JOIN (SELECT DISTINCT category FROM triage_check_first_edition) f
WHERE o.id = '00000000-0000-0000-0000-000000000001'
  AND NOT EXISTS (SELECT 1 FROM triage_check c WHERE c.organisation_id = o.id AND c.category = f.category);

DROP TABLE triage_check_first_edition;
