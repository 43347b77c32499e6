-- The seventh role's official occupation and the machine-readable period of its pay figure, as every role has.
insert into role_occupation (role_slug, position, soc_code, proxy, reason, confidence) values
('site-reliability-engineer', 1, '15-1244', true,
 'The BLS has no occupation for site reliability engineers. Network and computer systems administrators keep servers and networks running, the nearest official occupation; the catalogue chose this mapping.', 'C');
update salary_figure set period_value = '2020' where role_slug = 'site-reliability-engineer' and position = 1;
