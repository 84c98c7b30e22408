-- A year of accountability figures at full activity (docs/BENCHMARKS.md, "Accountability"), then the
-- pages' queries with EXPLAIN ANALYZE. psql "$URL" -f scripts/bench/accountability/postgres.sql (an empty database).
CREATE TABLE accountability_figures (id UUID PRIMARY KEY DEFAULT gen_random_uuid(), day TEXT NOT NULL, scope_kind TEXT NOT NULL, scope_code TEXT NOT NULL, metric TEXT NOT NULL, value BIGINT NOT NULL,
  CONSTRAINT uq_accountability_figures_day_scope_metric UNIQUE (day, scope_kind, scope_code, metric));
CREATE INDEX ix_accountability_figures_scope_day ON accountability_figures (scope_kind, scope_code, day);
INSERT INTO accountability_figures (day, scope_kind, scope_code, metric, value)
SELECT to_char(date '2025-11-19' + d, 'YYYY-MM-DD'), s.kind, s.code, m.metric, (random()*50)::int
FROM generate_series(0,364) d,
 (SELECT 'all' kind, 'all' code UNION ALL SELECT 'agency', 'AG'||n FROM generate_series(1,70) n UNION ALL SELECT 'unit','AZ-'||n FROM generate_series(1,78) n UNION ALL SELECT 'service','SV'||n FROM generate_series(1,300) n) s,
 (VALUES ('applications.received'),('applications.closed'),('applications.on_time'),('applications.late'),('applications.rating_sum'),('applications.rating_count'),('applications.days.3'),('applications.days.7'),('applications.days.12'),('reception.held'),('payments.count'),('payments.sum_qepik')) m(metric);
CREATE TABLE accountability_months (month TEXT NOT NULL, scope_kind TEXT NOT NULL, scope_code TEXT NOT NULL, metric TEXT NOT NULL, value BIGINT NOT NULL,
  CONSTRAINT uq_accountability_months_kind_month_scope_metric UNIQUE (scope_kind, month, scope_code, metric));
CREATE INDEX ix_accountability_months_scope_month ON accountability_months (scope_kind, scope_code, month);
INSERT INTO accountability_months SELECT substr(day,1,7), scope_kind, scope_code, metric, CAST(SUM(value) AS BIGINT) FROM accountability_figures GROUP BY substr(day,1,7), scope_kind, scope_code, metric;
ANALYZE;
EXPLAIN ANALYZE SELECT scope_code, metric, CAST(SUM(value) AS BIGINT) AS total FROM accountability_months WHERE scope_kind = 'agency' AND month >= '2025-12' AND month <= '2026-11' GROUP BY scope_code, metric;
EXPLAIN ANALYZE SELECT month, metric, value FROM accountability_months WHERE scope_kind = 'agency' AND scope_code = 'AG7' AND month >= '2025-12' AND month <= '2026-11';
EXPLAIN ANALYZE SELECT * FROM accountability_figures WHERE scope_kind = 'agency' AND day = '2026-11-18' AND metric IN ('catalog.services','catalog.online');
EXPLAIN ANALYZE SELECT scope_code, metric, CAST(SUM(value) AS BIGINT) AS total FROM accountability_figures WHERE scope_kind = 'agency' AND day >= '2025-12-01' AND day <= '2026-11-18' GROUP BY scope_code, metric;
