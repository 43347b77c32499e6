-- The catalogue of Toolkit Atlas. Plain SQL that runs unchanged on H2 and PostgreSQL.
-- Natural keys (slugs, source codes) keep the seed migrations readable by hand.

create table source (
    code        varchar(8)   primary key,     -- S000 (seed document) or W4 (web source)
    kind        varchar(4)   not null check (kind in ('SEED', 'WEB')),
    title       varchar(300) not null,
    url         varchar(500),                 -- null for the seed documents, which have no public address
    published   varchar(80)  not null,        -- date or period of the figure or page, as the source gives it
    measured    varchar(500) not null,        -- what the source measured or what it is used for here
    confidence  varchar(1)   check (confidence in ('A', 'B', 'C'))
);

create table role (
    slug                varchar(60)  primary key,
    name                varchar(80)  not null unique,
    short_name          varchar(40)  not null unique,
    display_order       integer      not null unique,
    headline            varchar(300) not null,
    summary             varchar(2000) not null,
    primary_focus       varchar(200) not null,
    key_responsibility  varchar(300) not null,
    typical_deliverable varchar(300) not null,
    definition_note     varchar(2000)            -- where public sources use the title differently
);

-- One narrative paragraph per role and comparison topic (see the Topic enum in the code).
create table role_text (
    role_slug  varchar(60)   not null references role (slug),
    topic      varchar(40)   not null,
    body       varchar(3000) not null,
    primary key (role_slug, topic)
);

-- Taxonomies (fact sheet, section 9).
create table skill_category (
    slug      varchar(30)  primary key,
    label     varchar(100) not null unique,
    position  integer      not null unique
);

create table tool_category (
    slug      varchar(30)  primary key,
    label     varchar(100) not null unique,
    position  integer      not null unique
);

create table cost_model (
    slug         varchar(30)  primary key,
    label        varchar(100) not null unique,
    description  varchar(500) not null,
    position     integer      not null unique
);

create table skill (
    slug      varchar(60)  primary key,
    name      varchar(100) not null unique,
    category  varchar(30)  not null references skill_category (slug)
);

create table role_skill (
    role_slug    varchar(60) not null references role (slug),
    skill_slug   varchar(60) not null references skill (slug),
    importance   varchar(10) not null check (importance in ('CORE', 'SECONDARY')),
    source_code  varchar(8)  not null references source (code),
    primary key (role_slug, skill_slug)
);

create table tool (
    slug         varchar(60)  primary key,
    name         varchar(100) not null unique,
    category     varchar(30)  not null references tool_category (slug),
    cost_model     varchar(30)  references cost_model (slug), -- null until checked against evidence
    cost_note      varchar(500),
    cost_evidence  varchar(500),                             -- address of the licence or pricing page checked
    cost_checked   varchar(80),                              -- date or version of that evidence
    check ((cost_model is null and cost_evidence is null and cost_checked is null)
        or (cost_model is not null and cost_evidence is not null and cost_checked is not null))
);

create table role_tool (
    role_slug    varchar(60) not null references role (slug),
    tool_slug    varchar(60) not null references tool (slug),
    importance   varchar(10) not null check (importance in ('CORE', 'SECONDARY')),
    source_code  varchar(8)  not null references source (code),
    primary key (role_slug, tool_slug)
);

create table language (
    slug  varchar(60)  primary key,
    name  varchar(100) not null unique
);

create table role_language (
    role_slug      varchar(60) not null references role (slug),
    language_slug  varchar(60) not null references language (slug),
    importance     varchar(10) not null check (importance in ('CORE', 'SECONDARY')),
    source_code    varchar(8)  not null references source (code),
    primary key (role_slug, language_slug)
);

create table company (
    slug  varchar(60)  primary key,
    name  varchar(100) not null unique
);

create table role_company (
    role_slug     varchar(60)  not null references role (slug),
    company_slug  varchar(60)  not null references company (slug),
    position      integer      not null,
    source_code   varchar(8)   not null references source (code),
    primary key (role_slug, company_slug)
);

-- Ordered lists that belong to one role.
create table role_workflow (
    role_slug  varchar(60)  not null references role (slug),
    position   integer      not null,
    name       varchar(200) not null,
    primary key (role_slug, position)
);

create table role_collaborator (
    role_slug  varchar(60)  not null references role (slug),
    position   integer      not null,
    name       varchar(200) not null,
    primary key (role_slug, position)
);

create table role_theory (
    role_slug  varchar(60)  not null references role (slug),
    position   integer      not null,
    name       varchar(200) not null,
    primary key (role_slug, position)
);

create table role_best_for (
    role_slug  varchar(60)  not null references role (slug),
    position   integer      not null,
    text       varchar(300) not null,
    primary key (role_slug, position)
);

create table role_use_case (
    role_slug  varchar(60)   not null references role (slug),
    position   integer       not null,
    title      varchar(200)  not null,
    example    varchar(1000),
    primary key (role_slug, position)
);

create table role_career_step (
    role_slug    varchar(60)  not null references role (slug),
    position     integer      not null,
    title        varchar(200) not null,
    source_code  varchar(8)   not null references source (code),
    primary key (role_slug, position)
);

-- Salary figures. Each names its basis, region, period and source; one per role is its headline.
create table salary_figure (
    role_slug    varchar(60)  not null references role (slug),
    position     integer      not null,
    basis        varchar(20)  not null check (basis in ('BASE_RANGE', 'MEDIAN', 'AVERAGE', 'TOTAL_COMPENSATION')),
    amount_usd   integer,                     -- the median or average itself
    low_usd      integer,                     -- a band or spread, described by range_label
    high_usd     integer,
    range_label  varchar(100),
    region       varchar(40)  not null,
    period       varchar(80)  not null,
    label        varchar(200) not null,       -- what the figure measures, e.g. the BLS occupation it stands for
    note         varchar(1000),
    headline     boolean      not null,
    source_code  varchar(8)   not null references source (code),
    primary key (role_slug, position),
    check (amount_usd is not null or (low_usd is not null and high_usd is not null)),
    check (low_usd is null or high_usd is null or low_usd <= high_usd)
);

-- Sourced figures other than salaries (employment, growth, demand).
create table role_fact (
    role_slug    varchar(60)   not null references role (slug),
    position     integer       not null,
    topic        varchar(40)   not null,
    text         varchar(1000) not null,
    source_code  varchar(8)    not null references source (code),
    primary key (role_slug, position)
);

-- A caveat on one topic of a role, or, where the sources gave nothing usable, the reason the
-- topic is empty: the page says so instead of guessing.
create table role_note (
    role_slug  varchar(60)   not null references role (slug),
    topic      varchar(40)   not null,
    note       varchar(1000) not null,
    primary key (role_slug, topic)
);

-- Every pair of roles, stored once in display order, with a paragraph on how the two differ.
create table role_pair (
    first_slug   varchar(60)   not null references role (slug),
    second_slug  varchar(60)   not null references role (slug),
    difference   varchar(3000) not null,
    primary key (first_slug, second_slug),
    check (first_slug <> second_slug)
);

-- Hand-written notes that a pair adds to a comparison section.
create table pair_note (
    first_slug   varchar(60)   not null,
    second_slug  varchar(60)   not null,
    section      varchar(30)   not null,
    position     integer       not null,
    body         varchar(3000) not null,
    source_code  varchar(8)    references source (code),
    primary key (first_slug, second_slug, section, position),
    foreign key (first_slug, second_slug) references role_pair (first_slug, second_slug)
);

-- An editorial ranking of alternatives, where the catalogue has one.
create table editorial_alternative (
    role_slug         varchar(60) not null references role (slug),
    alternative_slug  varchar(60) not null references role (slug),
    rank              integer     not null,
    source_code       varchar(8)  not null references source (code),
    primary key (role_slug, alternative_slug),
    unique (role_slug, rank),
    check (role_slug <> alternative_slug)
);
