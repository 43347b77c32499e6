-- The how-to-pick questionnaire: its questions, the options of each, and how much each option
-- raises or lowers each role. The scoring code holds no numbers of its own; /sources shows these
-- tables. Weights run from -3 to 3: 3 means the answer is central to the role, 0 that it does not bear on it.

create table pick_question (
    slug           varchar(30)  primary key,      -- the query parameter that carries the answer
    position       integer      not null unique,
    prompt         varchar(200) not null,
    hint           varchar(500) not null,
    multiple       boolean      not null,         -- several options may be chosen
    options_from   varchar(10)  not null check (options_from in ('LIST', 'TOOLS')), -- TOOLS: the catalogue's tools
    answer_prefix  varchar(60)  not null          -- how an explanation opens: "you are drawn to …"
);

create table pick_option (
    question_slug  varchar(30)  not null references pick_question (slug),
    slug           varchar(40)  not null,
    position       integer      not null,
    label          varchar(200) not null,         -- as the form shows it
    phrase         varchar(200) not null,         -- as it reads after the question's answer prefix
    primary key (question_slug, slug),
    unique (question_slug, position)
);

-- One row per option and role, zeros included, so the table reads as a complete matrix.
create table pick_weight (
    question_slug  varchar(30)  not null,
    option_slug    varchar(40)  not null,
    role_slug      varchar(60)  not null references role (slug),
    weight         integer      not null check (weight between -3 and 3),
    note           varchar(200),                  -- what the explanation says about the role; a generic phrase if null
    primary key (question_slug, option_slug, role_slug),
    foreign key (question_slug, option_slug) references pick_option (question_slug, slug)
);

-- A tool someone enjoys counts by how central it is to each role, never by a weight set per tool.
create table pick_tool_weight (
    importance  varchar(10) primary key check (importance in ('CORE', 'SECONDARY')),
    weight      integer     not null check (weight between 0 and 3)
);

insert into pick_question (slug, position, prompt, hint, multiple, options_from, answer_prefix) values
('interest', 1, 'What kind of work draws you?', 'Choose one or more.', true, 'LIST', 'you are drawn to'),
('strength', 2, 'Where are you strongest?', 'Choose any that fit.', true, 'LIST', 'you are strong in'),
('tool', 3, 'Which tools do you enjoy working with?',
 'Optional. A tool counts for more in a role where it is a core tool than in one where it is secondary.', true, 'TOOLS', 'you enjoy'),
('lean', 4, 'Research or production?', 'Where would you rather spend your days?', false, 'LIST', 'you lean to');

insert into pick_option (question_slug, slug, position, label, phrase) values
('interest', 'data-quality',  1, 'Designing data pipelines and keeping data trustworthy', 'designing data pipelines and keeping data trustworthy'),
('interest', 'statistics',    2, 'Statistics, experiments and finding what the data says', 'statistics, experiments and finding what the data says'),
('interest', 'automation',    3, 'Automating delivery and keeping systems reliable', 'automating delivery and keeping systems reliable'),
('interest', 'services',      4, 'Building the services and APIs an application runs on', 'building the services and APIs an application runs on'),
('interest', 'ai-research',   5, 'Research into new AI methods', 'research into new AI methods'),
('interest', 'ml-production', 6, 'Running machine learning models in production', 'running machine learning models in production'),
('strength', 'mathematics',           1, 'Mathematics', 'mathematics'),
('strength', 'software-architecture', 2, 'Software architecture', 'software architecture'),
('strength', 'system-operations',     3, 'System operations', 'system operations'),
('strength', 'data-analysis',         4, 'Data analysis', 'data analysis'),
('lean', 'research',   1, 'Research: open questions, uncertain results', 'research'),
('lean', 'production', 2, 'Production: software that people rely on every day', 'production'),
('lean', 'either',     3, 'No preference', 'neither side');

insert into pick_weight (question_slug, option_slug, role_slug, weight, note) values
-- what draws you
('interest', 'data-quality', 'ml-engineer',      1, null),
('interest', 'data-quality', 'backend-engineer', 1, null),
('interest', 'data-quality', 'data-engineer',    3, null),
('interest', 'data-quality', 'devops-engineer',  0, null),
('interest', 'data-quality', 'data-scientist',   1, null),
('interest', 'data-quality', 'ai-engineer',      0, null),
('interest', 'statistics', 'ml-engineer',      1, null),
('interest', 'statistics', 'backend-engineer', 0, null),
('interest', 'statistics', 'data-engineer',    0, null),
('interest', 'statistics', 'devops-engineer',  0, null),
('interest', 'statistics', 'data-scientist',   3, null),
('interest', 'statistics', 'ai-engineer',      1, null),
('interest', 'automation', 'ml-engineer',      1, null),
('interest', 'automation', 'backend-engineer', 1, null),
('interest', 'automation', 'data-engineer',    1, null),
('interest', 'automation', 'devops-engineer',  3, null),
('interest', 'automation', 'data-scientist',   0, null),
('interest', 'automation', 'ai-engineer',      0, null),
('interest', 'services', 'ml-engineer',      0, null),
('interest', 'services', 'backend-engineer', 3, null),
('interest', 'services', 'data-engineer',    1, null),
('interest', 'services', 'devops-engineer',  1, null),
('interest', 'services', 'data-scientist',   0, null),
('interest', 'services', 'ai-engineer',      0, null),
('interest', 'ai-research', 'ml-engineer',      1, null),
('interest', 'ai-research', 'backend-engineer', 0, null),
('interest', 'ai-research', 'data-engineer',    0, null),
('interest', 'ai-research', 'devops-engineer',  0, null),
('interest', 'ai-research', 'data-scientist',   1, null),
('interest', 'ai-research', 'ai-engineer',      3, null),
('interest', 'ml-production', 'ml-engineer',      3, null),
('interest', 'ml-production', 'backend-engineer', 0, null),
('interest', 'ml-production', 'data-engineer',    0, null),
('interest', 'ml-production', 'devops-engineer',  1, null),
('interest', 'ml-production', 'data-scientist',   0, null),
('interest', 'ml-production', 'ai-engineer',      1, null),
-- where you are strongest
('strength', 'mathematics', 'ml-engineer',      3, null),
('strength', 'mathematics', 'backend-engineer', 0, null),
('strength', 'mathematics', 'data-engineer',    0, null),
('strength', 'mathematics', 'devops-engineer',  0, null),
('strength', 'mathematics', 'data-scientist',   2, null),
('strength', 'mathematics', 'ai-engineer',      3, null),
('strength', 'software-architecture', 'ml-engineer',      1, null),
('strength', 'software-architecture', 'backend-engineer', 3, null),
('strength', 'software-architecture', 'data-engineer',    2, null),
('strength', 'software-architecture', 'devops-engineer',  1, null),
('strength', 'software-architecture', 'data-scientist',   0, null),
('strength', 'software-architecture', 'ai-engineer',      1, null),
('strength', 'system-operations', 'ml-engineer',      1, null),
('strength', 'system-operations', 'backend-engineer', 1, null),
('strength', 'system-operations', 'data-engineer',    1, null),
('strength', 'system-operations', 'devops-engineer',  3, null),
('strength', 'system-operations', 'data-scientist',   0, null),
('strength', 'system-operations', 'ai-engineer',      0, null),
('strength', 'data-analysis', 'ml-engineer',      1, null),
('strength', 'data-analysis', 'backend-engineer', 0, null),
('strength', 'data-analysis', 'data-engineer',    1, null),
('strength', 'data-analysis', 'devops-engineer',  0, null),
('strength', 'data-analysis', 'data-scientist',   3, null),
('strength', 'data-analysis', 'ai-engineer',      1, null),
-- research or production
('lean', 'research', 'ml-engineer',      -1, 'this role is production-focused, and its models have to run dependably for users'),
('lean', 'research', 'backend-engineer', -2, 'this role builds and runs production services'),
('lean', 'research', 'data-engineer',    -1, 'this role builds production data systems that others depend on'),
('lean', 'research', 'devops-engineer',  -2, 'this role keeps production running'),
('lean', 'research', 'data-scientist',    2, 'this role is built around experiments and open questions'),
('lean', 'research', 'ai-engineer',       3, 'this role works at the research edge of AI'),
('lean', 'production', 'ml-engineer',      2, 'this role exists to run models in production'),
('lean', 'production', 'backend-engineer', 2, 'this role builds the services production runs on'),
('lean', 'production', 'data-engineer',    2, 'this role runs the pipelines production depends on'),
('lean', 'production', 'devops-engineer',  2, 'this role owns how software reaches production and stays up there'),
('lean', 'production', 'data-scientist',  -1, 'this role is research-focused, and its work mostly ends before production'),
('lean', 'production', 'ai-engineer',     -2, 'this role is research-focused, with results nobody can promise in advance'),
('lean', 'either', 'ml-engineer',      0, null),
('lean', 'either', 'backend-engineer', 0, null),
('lean', 'either', 'data-engineer',    0, null),
('lean', 'either', 'devops-engineer',  0, null),
('lean', 'either', 'data-scientist',   0, null),
('lean', 'either', 'ai-engineer',      0, null);

insert into pick_tool_weight (importance, weight) values
('CORE', 2),
('SECONDARY', 1);
