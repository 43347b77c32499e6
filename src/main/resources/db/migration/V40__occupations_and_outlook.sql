-- Official pay distributions and job outlook (fact sheet, section 12), and the corrections a careful reader asked for.
--
-- Every BLS occupation that stands for a role, with its wage percentiles (OEWS, May 2024) and its projections
-- (2024–34). One row per figure, each with its own source, the copies that agree with it, a human period label and a
-- machine-readable period (EDTF: 2024-05, 2020, 2025-03-24, or a window 2024/2034). A figure no source gives has no
-- row: the page says it is missing, it is never interpolated.

-- The MentorCruise guide was catalogued as W44 before the fact sheet gave W44 to another page: it moves to W52, the
-- first code the fact sheet leaves free, and W44 becomes the fact sheet's W44.
insert into source (code, kind, title, url, published, measured, confidence)
select 'W52', kind, title, url, published, measured, confidence from source where code = 'W44';
update role_career_step set source_code = 'W52' where source_code = 'W44';
update source set title = 'ler.me: Software Developers (BLS OEWS wage table)',
                  url = 'https://ler.me/occupations/software-developers',
                  published = 'annual wage data, 2024',
                  measured = '10th and 90th percentile, mean wage and employment of software developers, BLS occupation 15-1252 (US)',
                  confidence = 'B'
where code = 'W44';

insert into source (code, kind, title, url, published, measured, confidence) values
('W42', 'WEB', 'Singulariki: O*NET occupation profiles (BLS projections)',
 'https://singulariki.ryanjhunter.workers.dev/roles/role-15-2051-00', 'projections 2024–34',
 'Projected openings a year of computer and information research scientists (US)', 'B'),
('W45', 'WEB', 'workxyz career pages (BLS OEWS wages and projections)',
 'https://workxyz.pages.dev/careers/software-developers', 'no page date; figures labelled 2024 and 2024–2034',
 'Wage percentiles, growth and openings of software developers, data scientists, database architects and network and computer systems administrators (US)', 'B'),
('W46', 'WEB', 'refit career page: Database Architects (BLS OEWS, May 2024)',
 'https://refit.tycoon-games.net/career/database-architects', 'May 2024; projections 2024–34',
 'Wages, employment and projected growth of database architects, BLS occupation 15-1243 (US)', 'B'),
('W47', 'WEB', 'CareerDataLab: Network and Computer Systems Administrators (15-1244)',
 'https://careerdatalab.com/career/15-1244-network-and-computer-systems-administrators', '2024; projections 2024–34',
 'Median wage, growth and openings of network and computer systems administrators (US)', 'B'),
('W48', 'WEB', 'jobs-my-site: Software Developers',
 'https://jobs-my-site.pages.dev/jobs/software-developers', 'projections 2024–34',
 'Projected employment of software developers (US)', 'B'),
('W49', 'WEB', 'microloannexus: data scientist job outlook (citing BLS)',
 'https://microloannexus.com/?p=44873', 'projections 2024–34',
 'Projected change in the number of data scientist jobs (US)', 'B'),
('W50', 'WEB', 'PlainWorkforce occupation pages (BLS)',
 'https://plainworkforce.com/occupation/computer-and-information-research-scientists', 'May 2024; projections 2024–34',
 'Employment and projected growth of computer and information research scientists and of database architects (US)', 'B');

-- Grades follow the corrected definition: an official figure read from a third-party copy is B; A is kept for
-- figures read on the BLS's own pages.
update source set confidence = 'B' where code in ('W4', 'W5', 'W6');

create table occupation (
    soc_code  varchar(7)   primary key,   -- 15-1252
    title     varchar(200) not null unique
);

create table occupation_figure (
    soc_code      varchar(7)    not null references occupation (soc_code),
    measure       varchar(20)   not null check (measure in ('P10', 'P25', 'MEDIAN', 'P75', 'P90', 'MEAN',
                                  'WAGE_EMPLOYMENT', 'EMPLOYMENT', 'CHANGE', 'GROWTH_PERCENT', 'OPENINGS')),
    amount        numeric(12, 1) not null,
    approximate   boolean       not null,   -- "about 4,000": the source rounds it
    period_label  varchar(40)   not null,   -- May 2024, 2024–34
    period_value  varchar(21)   not null,   -- 2024-05, 2024/2034
    source_code   varchar(8)    not null references source (code),
    agreeing      varchar(40),              -- codes of other copies that give the same figure, comma-separated
    primary key (soc_code, measure)
);

-- The occupation that stands for a role, first the main one; proxy unless it is the role's own occupation.
create table role_occupation (
    role_slug    varchar(60)   not null references role (slug),
    position     integer       not null,
    soc_code     varchar(7)    not null references occupation (soc_code),
    proxy        boolean       not null,
    reason       varchar(1000) not null,
    confidence   varchar(1)    not null check (confidence in ('A', 'B', 'C')),
    primary key (role_slug, position),
    unique (role_slug, soc_code)
);

insert into occupation (soc_code, title) values
('15-1221', 'Computer and Information Research Scientists'),
('15-1243', 'Database Architects'),
('15-1244', 'Network and Computer Systems Administrators'),
('15-1252', 'Software Developers'),
('15-2051', 'Data Scientists');

insert into occupation_figure (soc_code, measure, amount, approximate, period_label, period_value, source_code, agreeing) values
('15-1252', 'P10',             79850,   false, 'May 2024', '2024-05', 'W4',  'W44'),
('15-1252', 'P25',             103050,  false, 'May 2024', '2024-05', 'W4',  'W45'),
('15-1252', 'MEDIAN',          133080,  false, 'May 2024', '2024-05', 'W4',  'W45'),
('15-1252', 'P75',             169000,  false, 'May 2024', '2024-05', 'W4',  'W45'),
('15-1252', 'P90',             211450,  false, 'May 2024', '2024-05', 'W4',  'W44,W45'),
('15-1252', 'MEAN',            144570,  false, 'May 2024', '2024-05', 'W44', 'W4'),
('15-1252', 'WAGE_EMPLOYMENT', 1654440, false, 'May 2024', '2024-05', 'W44', 'W4'),
('15-1252', 'EMPLOYMENT',      1693800, false, '2024',     '2024',    'W45', 'W48'),
('15-1252', 'CHANGE',          267600,  false, '2024–34',  '2024/2034', 'W45', 'W48'),
('15-1252', 'GROWTH_PERCENT',  15.8,    false, '2024–34',  '2024/2034', 'W45', 'W48'),
('15-1252', 'OPENINGS',        115200,  false, '2024–34',  '2024/2034', 'W45', 'W48'),

('15-2051', 'P10',             63650,   false, 'May 2024', '2024-05', 'W4',  null),
('15-2051', 'P25',             82630,   false, 'May 2024', '2024-05', 'W4',  'W45'),
('15-2051', 'MEDIAN',          112590,  false, 'May 2024', '2024-05', 'W4',  'W45'),
('15-2051', 'P75',             155810,  false, 'May 2024', '2024-05', 'W4',  'W45'),
('15-2051', 'P90',             194410,  false, 'May 2024', '2024-05', 'W4',  'W45'),
('15-2051', 'MEAN',            124590,  false, 'May 2024', '2024-05', 'W4',  null),
('15-2051', 'WAGE_EMPLOYMENT', 233440,  false, 'May 2024', '2024-05', 'W4',  null),
('15-2051', 'EMPLOYMENT',      245900,  false, '2024',     '2024',    'W5',  null),
('15-2051', 'CHANGE',          82500,   false, '2024–34',  '2024/2034', 'W49', null),
('15-2051', 'GROWTH_PERCENT',  33.5,    false, '2024–34',  '2024/2034', 'W45', 'W42'),
('15-2051', 'OPENINGS',        23400,   false, '2024–34',  '2024/2034', 'W45', 'W42'),

('15-1243', 'P10',             81630,   false, 'May 2024', '2024-05', 'W46', null),
('15-1243', 'P25',             107900,  false, 'May 2024', '2024-05', 'W45', null),
('15-1243', 'MEDIAN',          135980,  false, 'May 2024', '2024-05', 'W2',  'W46'),
('15-1243', 'P75',             169480,  false, 'May 2024', '2024-05', 'W45', null),
('15-1243', 'P90',             209990,  false, 'May 2024', '2024-05', 'W46', 'W45'),
('15-1243', 'WAGE_EMPLOYMENT', 64770,   false, 'May 2024', '2024-05', 'W46', null),
('15-1243', 'EMPLOYMENT',      66900,   false, '2024',     '2024',    'W46', null),
('15-1243', 'GROWTH_PERCENT',  8.7,     false, '2024–34',  '2024/2034', 'W46', 'W45,W50'),
('15-1243', 'OPENINGS',        4000,    true,  '2024–34',  '2024/2034', 'W46', 'W45,W50'),

('15-1244', 'P25',             75860,   false, 'May 2024', '2024-05', 'W45', null),
('15-1244', 'MEDIAN',          96800,   false, 'May 2024', '2024-05', 'W45', 'W47'),
('15-1244', 'P75',             123390,  false, 'May 2024', '2024-05', 'W45', null),
('15-1244', 'P90',             150320,  false, 'May 2024', '2024-05', 'W45', null),
('15-1244', 'GROWTH_PERCENT',  -4.2,    false, '2024–34',  '2024/2034', 'W45', 'W47'),
('15-1244', 'OPENINGS',        14300,   false, '2024–34',  '2024/2034', 'W45', 'W47'),

('15-1221', 'MEDIAN',          140910,  false, 'May 2024', '2024-05', 'W6',  null),
('15-1221', 'EMPLOYMENT',      40300,   false, '2024',     '2024',    'W50', 'W6'),
('15-1221', 'GROWTH_PERCENT',  19.7,    false, '2024–34',  '2024/2034', 'W50', null),
('15-1221', 'OPENINGS',        3200,    true,  '2024–34',  '2024/2034', 'W42', null);

insert into role_occupation (role_slug, position, soc_code, proxy, reason, confidence) values
('ml-engineer', 1, '15-1221', true,
 'The BLS has no occupation for ML engineers. Computer and information research scientists design new computing methods, machine learning among them, and are the nearest official occupation; the catalogue chose this mapping, the BLS did not.', 'C'),
('backend-engineer', 1, '15-1252', true,
 'Backend engineers are counted by the BLS among software developers, a wider occupation that also holds front-end, mobile and application developers, so its figures describe the whole group, not backend work alone.', 'B'),
('data-engineer', 1, '15-1243', true,
 'The BLS has no occupation for data engineers. Database architects design and build the systems that store and move an organisation''s data, the nearest official occupation; the catalogue chose this mapping.', 'C'),
('devops-engineer', 1, '15-1252', true,
 'The BLS has no occupation for DevOps engineers. A career site places DevOps partly under software developers, so that occupation comes first; the catalogue chose this mapping.', 'C'),
('devops-engineer', 2, '15-1244', true,
 'Network and computer systems administrators keep an organisation''s servers and networks running, the operations half of DevOps work; shown as a second reference.', 'C'),
('data-scientist', 1, '15-2051', false,
 'Data scientists have an occupation of their own in the BLS classification, so these figures measure the role itself.', 'A'),
('ai-engineer', 1, '15-1221', true,
 'The BLS has no occupation for AI engineers. Computer and information research scientists invent new computing methods, which fits the research-leaning meaning this profile uses; the catalogue chose this mapping, the BLS did not.', 'C');

-- Machine-readable periods of the salary figures (EDTF), beside the human label; null where the source gives no date.
alter table salary_figure add column period_value varchar(21);
alter table salary_figure add column soc_code varchar(7) references occupation (soc_code);
update salary_figure set period_value = '2025-06-26' where role_slug = 'ml-engineer' and position = 2;
update salary_figure set period_value = '2024-05', soc_code = '15-1221' where role_slug = 'ml-engineer' and position = 3;
update salary_figure set period_value = '2022-05', soc_code = '15-1221' where role_slug = 'ml-engineer' and position = 4;
update salary_figure set period_value = '2024-05', soc_code = '15-1252' where role_slug = 'backend-engineer' and position = 2;
update salary_figure set period_value = '2023-05', soc_code = '15-1252' where role_slug = 'backend-engineer' and position = 3;
update salary_figure set period_value = '2025-06-26' where role_slug = 'backend-engineer' and position = 4;
update salary_figure set period_value = '2025-03-24' where role_slug = 'data-engineer' and position = 1;
update salary_figure set period_value = '2024-05', soc_code = '15-1243' where role_slug = 'data-engineer' and position = 2;
update salary_figure set period_value = '2020' where role_slug = 'data-engineer' and position = 3;
update salary_figure set period_value = '2024-08-20' where role_slug = 'devops-engineer' and position = 1;
update salary_figure set period_value = '2020' where role_slug = 'devops-engineer' and position in (2, 3);
update salary_figure set period_value = '2024-05', soc_code = '15-2051' where role_slug = 'data-scientist' and position = 1;
update salary_figure set period_value = '2025-03-24' where role_slug = 'data-scientist' and position = 2;
update salary_figure set period_value = '2022', soc_code = '15-2051' where role_slug = 'data-scientist' and position = 3;
update salary_figure set period_value = '2020' where role_slug = 'data-scientist' and position = 4;
update salary_figure set period_value = '2024-05', soc_code = '15-1221' where role_slug = 'ai-engineer' and position = 1;
update salary_figure set period_value = '2024-03' where role_slug = 'ai-engineer' and position = 2;

-- The AI Engineer's headline: what it is, and why it sits far below the Levels.fyi figure.
update salary_figure set
 label = 'Proxy: median annual wage of computer and information research scientists (BLS), not of AI engineers',
 note = 'A proxy, not a measurement of AI engineers: the BLS has no occupation for them, and this research occupation is the nearest official one. It is a base wage across everyone in that occupation, so it sits far below the Levels.fyi figure, which most likely counts bonus and equity and follows the applied, LLM-centred jobs that now carry the title.'
where role_slug = 'ai-engineer' and position = 1;
