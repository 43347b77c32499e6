-- Hiring for a project (/hire): the kinds of project a team builds, the roles each needs, and how a project's
-- stage leans the choice. Every link cites what it rests on in the catalogue: one of the role's use cases (by its
-- position in role_use_case) or a phrase of the role's "when to hire" text (role_text, topic WHEN_TO_HIRE), which
-- the application checks word for word at start-up.

create table project_kind (
    slug      varchar(60)  primary key,
    name      varchar(100) not null unique,
    position  integer      not null unique
);

-- CORE: the role is the one such a project is hired for; SECONDARY: the role helps with a part of it.
create table project_role (
    project_slug       varchar(60)  not null references project_kind (slug),
    role_slug          varchar(60)  not null references role (slug),
    importance         varchar(10)  not null check (importance in ('CORE', 'SECONDARY')),
    use_case_position  integer,
    hiring_phrase      varchar(300),
    primary key (project_slug, role_slug),
    foreign key (role_slug, use_case_position) references role_use_case (role_slug, position),
    check ((use_case_position is null) <> (hiring_phrase is null))
);

-- The stage a role's hiring text ties it to: the people who try an idea out, or those who run it for real.
create table role_hiring_stage (
    role_slug      varchar(60)  primary key references role (slug),
    stage          varchar(20)  not null check (stage in ('PROTOTYPE', 'PRODUCTION')),
    hiring_phrase  varchar(300) not null
);

-- Which of a role's collaborators are roles of the catalogue, so a plan can name them.
create table collaborator_role (
    role_slug               varchar(60) not null,
    position                integer     not null,
    collaborator_role_slug  varchar(60) not null references role (slug),
    primary key (role_slug, position),
    foreign key (role_slug, position) references role_collaborator (role_slug, position),
    check (role_slug <> collaborator_role_slug)
);

insert into project_kind (slug, name, position) values
('recommendation-engine', 'Recommendation engine', 1),
('fraud-detection', 'Fraud detection', 2),
('language-feature', 'Chatbot or other language feature', 3),
('computer-vision', 'Computer vision', 4),
('predictive-analytics', 'Predictive analytics and forecasting', 5),
('public-api', 'A public API or microservices', 6),
('billing-authentication', 'Billing or authentication', 7),
('background-jobs', 'Background jobs and workers', 8),
('data-pipelines', 'Data pipelines and a warehouse', 9),
('streaming-data', 'Real-time streaming and IoT data', 10),
('ci-cd-infrastructure', 'CI/CD and cloud infrastructure', 11),
('monitoring', 'Monitoring and incident response', 12),
('ml-delivery', 'Delivery infrastructure for ML models', 13),
('experiments-dashboards', 'Experiments and dashboards of insights', 14),
('churn-analysis', 'Customer churn analysis', 15),
('robotics', 'Robotics and perception', 16),
('new-ai-methods', 'An AI capability nobody sells yet', 17);

insert into project_role (project_slug, role_slug, importance, use_case_position, hiring_phrase) values
('recommendation-engine', 'ml-engineer', 'CORE', 1, null),
('recommendation-engine', 'data-engineer', 'SECONDARY', 6, null),
('recommendation-engine', 'data-scientist', 'SECONDARY', 6, null),
('fraud-detection', 'ml-engineer', 'CORE', 2, null),
('fraud-detection', 'data-scientist', 'SECONDARY', 4, null),
('fraud-detection', 'data-engineer', 'SECONDARY', 5, null),
('language-feature', 'ml-engineer', 'CORE', 3, null),
('language-feature', 'ai-engineer', 'SECONDARY', 1, null),
('computer-vision', 'ml-engineer', 'CORE', 5, null),
('computer-vision', 'ai-engineer', 'CORE', 2, null),
('predictive-analytics', 'ml-engineer', 'CORE', 4, null),
('predictive-analytics', 'data-scientist', 'CORE', 3, null),
('predictive-analytics', 'data-engineer', 'SECONDARY', 4, null),
('public-api', 'backend-engineer', 'CORE', 1, null),
('public-api', 'devops-engineer', 'SECONDARY', 3, null),
('billing-authentication', 'backend-engineer', 'CORE', 3, null),
('background-jobs', 'backend-engineer', 'CORE', 6, null),
('data-pipelines', 'data-engineer', 'CORE', 2, null),
('data-pipelines', 'backend-engineer', 'SECONDARY', 4, null),
('streaming-data', 'data-engineer', 'CORE', 5, null),
('ci-cd-infrastructure', 'devops-engineer', 'CORE', 1, null),
('ci-cd-infrastructure', 'backend-engineer', 'SECONDARY', 5, null),
('monitoring', 'devops-engineer', 'CORE', 4, null),
('ml-delivery', 'devops-engineer', 'CORE', 6, null),
('ml-delivery', 'ml-engineer', 'SECONDARY', null, 'keep it accurate after launch'),
('experiments-dashboards', 'data-scientist', 'CORE', 2, null),
('experiments-dashboards', 'data-engineer', 'SECONDARY', 2, null),
('churn-analysis', 'data-scientist', 'CORE', 1, null),
('churn-analysis', 'data-engineer', 'SECONDARY', 4, null),
('robotics', 'ai-engineer', 'CORE', 3, null),
('new-ai-methods', 'ai-engineer', 'CORE', null, 'an AI capability you cannot buy or download'),
('new-ai-methods', 'ml-engineer', 'SECONDARY', null, 'turn a data scientist''s prototype into a service');

insert into role_hiring_stage (role_slug, stage, hiring_phrase) values
('ml-engineer', 'PRODUCTION', 'turn a data scientist''s prototype into a service the rest of your system can call'),
('backend-engineer', 'PRODUCTION', 'software infrastructure that is reliable, scalable and secure'),
('devops-engineer', 'PRODUCTION', 'let developers ship safely on their own'),
('data-scientist', 'PROTOTYPE', 'tested findings and prototype models'),
('ai-engineer', 'PROTOTYPE', 'Expect exploratory work with uncertain timelines');

insert into collaborator_role (role_slug, position, collaborator_role_slug) values
('ml-engineer', 1, 'data-scientist'),
('ml-engineer', 2, 'data-engineer'),
('backend-engineer', 2, 'devops-engineer'),
('data-engineer', 1, 'ml-engineer'),
('data-engineer', 2, 'data-scientist'),
('devops-engineer', 4, 'backend-engineer'),
('devops-engineer', 5, 'ml-engineer'),
('data-scientist', 1, 'ml-engineer'),
('data-scientist', 2, 'data-engineer'),
('ai-engineer', 1, 'ml-engineer'),
('ai-engineer', 2, 'data-scientist');
