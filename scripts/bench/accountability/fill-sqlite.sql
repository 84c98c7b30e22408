WITH RECURSIVE d(n) AS (SELECT 0 UNION ALL SELECT n+1 FROM d WHERE n < 364),
 s(kind, code) AS (SELECT 'all','all' UNION ALL SELECT 'agency', 'AG' || n FROM (WITH RECURSIVE a(n) AS (SELECT 1 UNION ALL SELECT n+1 FROM a WHERE n < 70) SELECT n FROM a)
   UNION ALL SELECT 'unit', 'AZ-' || n FROM (WITH RECURSIVE a(n) AS (SELECT 1 UNION ALL SELECT n+1 FROM a WHERE n < 78) SELECT n FROM a)
   UNION ALL SELECT 'service', 'SV' || n FROM (WITH RECURSIVE a(n) AS (SELECT 1 UNION ALL SELECT n+1 FROM a WHERE n < 300) SELECT n FROM a)),
 m(metric) AS (VALUES ('applications.received'),('applications.closed'),('applications.on_time'),('applications.late'),('applications.rating_sum'),('applications.rating_count'),
   ('applications.days.3'),('applications.days.7'),('applications.days.12'),('reception.held'),('payments.count'),('payments.sum_qepik'))
INSERT INTO accountability_figures SELECT lower(hex(randomblob(16))), date('2025-11-19', '+' || d.n || ' days'), s.kind, s.code, m.metric, abs(random() % 50) FROM d, s, m;
