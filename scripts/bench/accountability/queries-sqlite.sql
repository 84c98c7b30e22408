.timer on
EXPLAIN QUERY PLAN SELECT scope_code, metric, CAST(SUM(value) AS BIGINT) AS total FROM accountability_months WHERE scope_kind = 'agency' AND month >= '2025-12' AND month <= '2026-11' GROUP BY scope_code, metric;
EXPLAIN QUERY PLAN SELECT month, metric, value FROM accountability_months WHERE scope_kind = 'agency' AND scope_code = 'AG7' AND month >= '2025-12' AND month <= '2026-11';
EXPLAIN QUERY PLAN SELECT * FROM accountability_figures WHERE scope_kind = 'agency' AND day = '2026-11-18' AND metric IN ('catalog.services','catalog.online');
SELECT count(*) FROM (SELECT scope_code, metric, CAST(SUM(value) AS BIGINT) AS total FROM accountability_months WHERE scope_kind = 'agency' AND month >= '2025-12' AND month <= '2026-11' GROUP BY scope_code, metric);
SELECT count(*) FROM (SELECT scope_code, metric, CAST(SUM(value) AS BIGINT) AS total FROM accountability_months WHERE scope_kind = 'agency' AND month >= '2025-12' AND month <= '2026-11' GROUP BY scope_code, metric);
SELECT count(*) FROM (SELECT scope_code, metric, CAST(SUM(value) AS BIGINT) AS total FROM accountability_months WHERE scope_kind = 'unit' AND month >= '2025-12' AND month <= '2026-11' GROUP BY scope_code, metric);
SELECT count(*) FROM (SELECT month, metric, value FROM accountability_months WHERE scope_kind = 'agency' AND scope_code = 'AG7' AND month >= '2025-12' AND month <= '2026-11');
