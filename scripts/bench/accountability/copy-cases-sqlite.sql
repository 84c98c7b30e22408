-- Copies the numbered cases `onewindow seed --cases` made (same services, agencies, units, states and
-- dates) with new ids and numbers until there are at least :target cases — a benchmark fixture, written
-- straight into the table like fill-sqlite.sql (the seed command's Fluent path makes ~700 cases/s on
-- the shared machine; this makes 2,000,000 in about 3 minutes). Feed to sqlite3 after
-- `.parameter set :target 2000000`.
PRAGMA journal_mode=WAL;
PRAGMA synchronous=OFF;
PRAGMA cache_size=-400000;
CREATE TEMP TABLE src AS SELECT * FROM applications_cases WHERE number IS NOT NULL;
WITH RECURSIVE n(k) AS (
  SELECT 1 UNION ALL SELECT k + 1 FROM n
  WHERE k < (:target - (SELECT COUNT(*) FROM applications_cases)) / (SELECT COUNT(*) FROM src) + 1)
INSERT INTO applications_cases
SELECT upper(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-A' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),
       'OW-2025-' || printf('%03d', n.k) || substr(s.number, 9),
       s.service_code, s.agency_id, s.form_version, s.applicant_id, s.applicant_fin, s.company_voen, s.status, s.answers, s.unit_code,
       s.assignee_id, s.fee_qepik, s.invoice_id, s.received_on, s.deadline_days, s.paused_days, s.paused_since, s.due_on,
       s.extension_reason, s.decision_reason, s.decision_text, s.result_file_id, s.rating, s.rating_comment, s.created_at, s.updated_at,
       s.submitted_at, s.register_filled, s.applicant_name, s.applicant_key, s.applicant_key_reversed, s.decision_requested_at, s.decision_requested_by
FROM n, src s;
SELECT COUNT(*) AS cases FROM applications_cases;
