CREATE TABLE accountability_months (month TEXT NOT NULL, scope_kind TEXT NOT NULL, scope_code TEXT NOT NULL, metric TEXT NOT NULL, value BIGINT NOT NULL,
  CONSTRAINT uq_accountability_months_kind_month_scope_metric UNIQUE (scope_kind, month, scope_code, metric));
CREATE INDEX ix_accountability_months_scope_month ON accountability_months (scope_kind, scope_code, month);
INSERT INTO accountability_months SELECT substr(day,1,7), scope_kind, scope_code, metric, CAST(SUM(value) AS BIGINT) FROM accountability_figures GROUP BY substr(day,1,7), scope_kind, scope_code, metric;
ANALYZE;
