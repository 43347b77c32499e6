-- Whether a salary figure stands for its role through a proxy occupation, so that every place showing it (cards,
-- charts, comparisons) can say so without knowing the occupation tables. CatalogueIntegrityTest checks that it
-- agrees with role_occupation.
alter table salary_figure add column proxy boolean default false not null;
update salary_figure set proxy = true
where exists (select 1 from role_occupation ro
              where ro.role_slug = salary_figure.role_slug and ro.soc_code = salary_figure.soc_code and ro.proxy);
