-- Questions a careful reader raised, each checked against the fact sheet.

-- Which page gives which figure. W42's address is the Singulariki profile of data scientists (15-2051), and that page
-- gives their growth and openings (fact sheet 12.3). The openings of computer and information research scientists
-- (15-1221), "about 3,200" a year, are on the same site's profile of that occupation, whose stored copy reads
-- "about 3,200 openings a year (+19.7% projected, BLS)": that page becomes a source of its own, W53 (the code after
-- W52, the last one the catalogue took), and W42 is described as the one page it is.
insert into source (code, kind, title, url, published, measured, confidence) values
('W53', 'WEB', 'Singulariki: O*NET profile of Computer and Information Research Scientists, 15-1221 (BLS projections)',
 'https://singulariki.ryanjhunter.workers.dev/roles/role-15-1221-00', 'projections 2024–34',
 'Projected openings a year and growth of computer and information research scientists, BLS occupation 15-1221 (US)', 'B');
update occupation_figure set source_code = 'W53' where soc_code = '15-1221' and measure = 'OPENINGS';
update occupation_figure set agreeing = 'W53' where soc_code = '15-1221' and measure = 'GROWTH_PERCENT';
update source set title = 'Singulariki: O*NET profile of Data Scientists, 15-2051 (BLS projections)',
                  measured = 'Projected growth and openings a year of data scientists, BLS occupation 15-2051 (US)'
where code = 'W42';

-- The Levels.fyi figure for AI engineers: the news report calls it a salary, and the fact sheet leaves open whether it
-- is base pay or total compensation (Levels.fyi usually reports the latter). The site says exactly that, and never
-- presents it as a base salary.
update salary_figure set
 label = 'Median pay of AI engineers on Levels.fyi, as a news report gives it; whether base salary or total compensation is not stated',
 note = 'The news report calls this figure a salary but does not say whether bonus and equity are in it. Levels.fyi usually reports total compensation, so it should not be read as a base salary or set against a BLS wage. It follows the job market''s applied meaning of the title rather than the research meaning of this profile. The same report found AI engineers earning 8.57% more than peers without AI work at entry level, rising to 11.08% at staff level.'
where role_slug = 'ai-engineer' and position = 2;
update salary_figure set
 note = 'A proxy, not a measurement of AI engineers: the BLS has no occupation for them, and this research occupation is the nearest official one. It is a wage across everyone in that occupation, so it sits far below the Levels.fyi figure, which follows the applied, LLM-centred jobs that now carry the title and may include bonus and equity (the report does not say).'
where role_slug = 'ai-engineer' and position = 1;

-- The AI Engineer's career ladder: the fact sheet found no source for it (sections 7.2 and 11.3), so the catalogue
-- shows no ladder and cites no source for one; the guide it was taken from is no longer cited anywhere.
delete from role_career_step where role_slug = 'ai-engineer';
delete from source where code = 'W52';
update role_note set note = 'No source was found that describes how AI engineers progress, neither an official statistic nor a survey nor a career guide with a stated method, so the catalogue shows no ladder rather than assume the usual engineering levels.'
where role_slug = 'ai-engineer' and topic = 'CAREER_PROGRESSION';
