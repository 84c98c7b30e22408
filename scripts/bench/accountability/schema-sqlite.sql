CREATE TABLE accountability_figures (id TEXT PRIMARY KEY, day TEXT NOT NULL, scope_kind TEXT NOT NULL, scope_code TEXT NOT NULL, metric TEXT NOT NULL, value BIGINT NOT NULL,
  CONSTRAINT uq_accountability_figures_day_scope_metric UNIQUE (day, scope_kind, scope_code, metric),
  CONSTRAINT ck_accountability_figures_scope CHECK (scope_kind IN ('all','agency','unit','service') AND length(day) = 10 AND value >= 0));
CREATE INDEX ix_accountability_figures_scope_day ON accountability_figures (scope_kind, scope_code, day);
