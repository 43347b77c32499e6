-- Readers never meet the word "seed": the three source documents without a public address are described for what
-- they are (undated articles, by their subject), and every text that named them as seeds says what they are instead.
update source set title = 'Undated comparison article: the ML Engineer toolkit against the Backend Engineer toolkit'
 where code = 'S000';
update source set title = 'Undated hiring guide: ML engineer or backend developer, and when to hire each'
 where code = 'S002';
update source set title = 'Undated article: five alternatives to the Machine Learning Engineer toolkit, ranked'
 where code = 'S003';

update salary_figure set label = 'Base salary band of ML engineers, as an undated comparison article states it',
 note = 'The article gives no year and no primary source for this band; it sits close to the Indeed average below.'
 where role_slug = 'ml-engineer' and position = 1;
update salary_figure set label = 'Base salary band of backend engineers, as an undated comparison article states it',
 note = 'The article gives no year and no primary source for this band; the BLS median for software developers below falls inside it.'
 where role_slug = 'backend-engineer' and position = 1;
update salary_figure set
 note = 'None of the three comparison articles gives a salary for data engineers, so this job-board average is the headline.'
 where role_slug = 'data-engineer' and position = 1;

update role_text set body = 'Like ML systems, backend services are often run on Kubernetes, so cluster hosting and management appear on the bill. Monitoring with Prometheus and Grafana is free to install, but running and storing all those metrics adds its own operating cost. The cloud bill grows with traffic and with the managed services a team chooses. An undated comparison of the ML and backend toolkits argues that mature, widely adopted open-source tooling gives backend work a lower operating cost than ML work, but it offers no figures for that view.'
 where role_slug = 'backend-engineer' and topic = 'INFRASTRUCTURE_COSTS';

update role_note set note = 'The comparison article names the senior steps only. After Staff ML Engineer the road splits: Principal ML Engineer on the technical track, ML Engineering Manager on the management track.'
 where role_slug = 'ml-engineer' and topic = 'CAREER_PROGRESSION';
update role_note set note = 'No Indeed figure for backend engineers was found in the stored sources, so the BLS software developer occupation stands in for the role alongside the band from the comparison article.'
 where role_slug = 'backend-engineer' and topic = 'SALARY';
update role_note set note = 'The comparison article names the senior steps only. From Senior Backend Engineer the road splits: the technical track leads to Principal Backend Engineer, and Solutions Architect is the other route.'
 where role_slug = 'backend-engineer' and topic = 'CAREER_PROGRESSION';
update role_note set note = 'None of the three comparison articles lists theory for data engineers. These foundations are the topics that the roadmap.sh data engineer guide and roadmap cover.'
 where role_slug = 'data-engineer' and topic = 'THEORY';
update role_note set note = 'None of the three comparison articles gives a salary for data engineers. The figures measure different things: an average of advertised salaries, the median of the nearest official occupation, and a worldwide survey median.'
 where role_slug = 'data-engineer' and topic = 'SALARY';

update pair_note set body = 'Both roles need a high level of expertise, but they answer different market needs and carry different running costs. The undated comparison article puts the ML engineer''s higher base band, $160k to $250k against $100k to $180k for backend engineers, down to the complexity of machine learning and the demand for specialists in it.'
 where first_slug = 'ml-engineer' and second_slug = 'backend-engineer' and section = 'COST' and position = 1;
update pair_note set body = 'In the view of the same article, backend work runs at a lower operating cost because it relies on mature, widely adopted open-source tools. That is the article''s opinion, not a measured comparison. Either way, both roles spend heavily on cloud services, in proportion to the scale and the services a team uses.'
 where first_slug = 'ml-engineer' and second_slug = 'backend-engineer' and section = 'COST' and position = 2;
