-- Where a career ladder splits: a step names the step it leads on from. Null means the step just before it, so a
-- straight ladder needs nothing; a step after a split names the step where the road forks.
alter table role_career_step add column follows integer;
alter table role_career_step add constraint career_step_follows_an_earlier_step
    check (follows is null or (follows >= 1 and follows < position));

-- After Staff ML Engineer: Principal ML Engineer (technical track) or ML Engineering Manager (management track).
update role_career_step set follows = 1 where role_slug = 'ml-engineer' and position = 3;
-- After Senior Backend Engineer: Principal Backend Engineer (technical track) or Solutions Architect.
update role_career_step set follows = 1 where role_slug = 'backend-engineer' and position = 3;
