-- 1,000,000 register persons for the proactive scan's benchmark (docs/BENCHMARKS.md, "Proactive scan").
-- Run on a migrated PostgreSQL database (`onewindow migrate`), e.g. by scripts/bench/proactive/run:
--   psql "$URL" -v persons=1000000 -v day="'2026-12-08'" -f scripts/bench/proactive/seed-register.sql
-- Every person: an ID card (10 years; expiry dates spread evenly over the next ten years), an account
-- (e-mail, no password); half a passport, a third a driving licence; 2 % are children born in the last
-- year whose births are registered with both parents' FINs; 50,000 unpaid fines over the last 60 days.
\set ON_ERROR_STOP on
\timing on
BEGIN;
CREATE TEMP TABLE seq AS SELECT g AS n, 'X' || upper(lpad(to_hex(g), 6, '0')) AS fin FROM generate_series(1, :persons) g;
INSERT INTO population_persons (fin, first_name, last_name, patronymic, birth_date, gender)
SELECT fin, CASE WHEN n % 2 = 0 THEN 'Aygün' ELSE 'Elnur' END, CASE WHEN n % 2 = 0 THEN 'Məmmədova' ELSE 'Məmmədov' END,
       CASE WHEN n % 2 = 0 THEN 'Rauf qızı' ELSE 'Rauf oğlu' END,
       CASE WHEN n % 50 = 0 THEN to_char(date :day - (n % 360) - 2, 'YYYY-MM-DD') ELSE to_char(date '1950-01-01' + (n::bigint * 7 % 20000)::int, 'YYYY-MM-DD') END,
       CASE WHEN n % 2 = 0 THEN 'female' ELSE 'male' END
FROM seq;
INSERT INTO population_documents (id, fin, kind, number, issued_on, expires_on)
SELECT gen_random_uuid(), fin, 'id_card', 'AX' || lpad(n::text, 7, '0'),
       to_char(date :day + (n::bigint * 7919 % 3650)::int - 3650, 'YYYY-MM-DD'), to_char(date :day + (n::bigint * 7919 % 3650)::int, 'YYYY-MM-DD')
FROM seq WHERE n % 50 <> 0;
INSERT INTO population_documents (id, fin, kind, number, issued_on, expires_on)
SELECT gen_random_uuid(), fin, 'passport', 'CX' || lpad(n::text, 7, '0'),
       to_char(date :day + (n::bigint * 104729 % 3650)::int - 3650, 'YYYY-MM-DD'), to_char(date :day + (n::bigint * 104729 % 3650)::int, 'YYYY-MM-DD')
FROM seq WHERE n % 2 = 0 AND n % 50 <> 0;
INSERT INTO population_documents (id, fin, kind, number, issued_on, expires_on)
SELECT gen_random_uuid(), fin, 'driving_licence', 'DX' || lpad(n::text, 7, '0'),
       to_char(date :day + (n::bigint * 1299709 % 3650)::int - 3650, 'YYYY-MM-DD'), to_char(date :day + (n::bigint * 1299709 % 3650)::int, 'YYYY-MM-DD')
FROM seq WHERE n % 3 = 0 AND n % 50 <> 0;
INSERT INTO population_births (child_fin, mother_fin, father_fin, registered_on)
SELECT c.fin, 'X' || upper(lpad(to_hex(c.n - 48), 6, '0')), 'X' || upper(lpad(to_hex(c.n - 47), 6, '0')),
       to_char(date :day - (c.n % 360), 'YYYY-MM-DD')
FROM seq c WHERE c.n % 50 = 0;
INSERT INTO identity_users (id, fin, first_name, last_name, patronymic, email, language, totp_enabled, totp_last_step, status, created_at)
SELECT gen_random_uuid(), fin, 'Test', 'Testov', 'Test oğlu', lower(fin) || '@bench.example.az', 'az', false, 0, 'active', now()
FROM seq WHERE n % 50 <> 0;
INSERT INTO payments_fines (id, agency_id, agency_code, protocol_number, offender_fin, amount, offence, offence_date, status, created_at)
SELECT gen_random_uuid(), (SELECT id FROM reference_agencies WHERE code = 'DIN'), 'DIN', 'BX-' || n, fin, 4000, 'Sürət həddinin aşılması',
       to_char(date :day - (n / 20 % 60), 'YYYY-MM-DD'), 'unpaid', (date :day - (n / 20 % 60))::timestamp + interval '10 hours'
FROM seq WHERE n % 20 = 1;
COMMIT;
ANALYZE;
