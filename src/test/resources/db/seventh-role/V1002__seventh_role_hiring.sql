-- The seventh role in the hiring tables, as a real role's migration would add it: a kind of project that needs it,
-- the stage its hiring text ties it to, and which of its collaborators are roles of the catalogue.
insert into project_role (project_slug, role_slug, importance, use_case_position, hiring_phrase) values
('monitoring', 'site-reliability-engineer', 'CORE', 3, null);

insert into role_hiring_stage (role_slug, stage, hiring_phrase) values
('site-reliability-engineer', 'PRODUCTION', 'outages are frequent, alerts are ignored');

insert into collaborator_role (role_slug, position, collaborator_role_slug) values
('site-reliability-engineer', 1, 'backend-engineer'),
('site-reliability-engineer', 2, 'devops-engineer');
