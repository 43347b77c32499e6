-- Closed vocabularies checked by the database as well as by the code: the narrative topics a role has a
-- paragraph on (the Topic enum), the lists a role may add a note to (ListTopic), and the sections of a
-- comparison a pair may add a note to (ComparisonSection). A misspelt name in a later migration then fails
-- that migration, instead of hiding a text or a note. Importance, salary basis, source kind and the pick
-- guide's option sources were checked from the start; a tool's cost model refers to the cost_model table.

alter table role_text add constraint role_text_topic check (topic in (
    'RESPONSIBILITIES', 'THEORY', 'PROJECTS', 'ONBOARDING', 'DOCUMENTATION', 'TOOLING_ECOSYSTEM',
    'ERGONOMICS', 'SCALABILITY', 'SPEED', 'RELIABILITY', 'ECOSYSTEM', 'TOOL_COSTS', 'INFRASTRUCTURE_COSTS',
    'DEVELOPMENT_TOOLS', 'IDEAL_FOR', 'INDUSTRY_DEMAND', 'PROJECT_REQUIREMENTS', 'CHOOSE_IF', 'PICK_ADVICE',
    'WHEN_TO_HIRE', 'WHY_LOOK_BEYOND'));

alter table role_note add constraint role_note_topic check (topic in (
    'SKILLS', 'TOOLS', 'LANGUAGES', 'WORKFLOWS', 'THEORY', 'USE_CASES', 'COLLABORATORS', 'BEST_FOR',
    'SALARY', 'HIRING_COMPANIES', 'CAREER_PROGRESSION'));

alter table pair_note add constraint pair_note_section check (section in (
    'AT_A_GLANCE', 'COST', 'DEVELOPER_EXPERIENCE', 'PERFORMANCE', 'ECOSYSTEM', 'USE_CASES', 'OVERLAP',
    'VERDICT', 'WHEN_TO_HIRE'));
