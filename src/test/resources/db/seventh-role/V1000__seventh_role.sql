-- A seventh role, for tests only: it never ships. Run after the real migrations (flyway.locations also names
-- classpath:db/seventh-role), it proves that adding a role is a data change: SeventhRoleTest renders every page
-- type, all the pairs and the API with it, and SeventhRoleIntegrityTest holds it to every rule of the catalogue.
-- It is complete with every text and list a role must have; a feature that adds per-role data (fit, switch,
-- hire, pay distributions) adds this role's rows here too, so the test keeps proving it.
--
-- Facts: the site reliability engineer's global survey median comes from W9 (Stack Overflow 2020 survey, as the
-- DevOps role already cites it); its skills and tools are the operations toolkit the DevOps sources (W12, W13,
-- W14, W20) describe. Its editorial ranking is deliberately absent, and the ML Engineer's editorial ranking (S003)
-- does not name it, so the alternatives to the ML Engineer rank it after the editorial five, by similarity.
-- Prose in the project's own words.

insert into role (slug, name, short_name, display_order, headline, summary, primary_focus, key_responsibility,
                  typical_deliverable, definition_note) values
('site-reliability-engineer', 'Site Reliability Engineer', 'SRE', 7,
 'Keeps production services fast and available, and treats running them as a software problem',
 'Site reliability engineers look after services once they are live. They agree targets for availability and latency with the business, measure the services against them, and write the automation that removes manual operations work. When something breaks they lead the response, and afterwards they make sure the same failure cannot happen the same way again.',
 'Keeping production services within agreed targets for availability and latency',
 'Measuring live services against their objectives and automating the work of running them',
 'Service level objectives, alerting on what users notice, and automated recovery',
 null);

insert into role_text (role_slug, topic, body) values
('site-reliability-engineer', 'RESPONSIBILITIES',
 'A site reliability engineer keeps production services inside the reliability targets a business agrees on, and treats operations as a software problem. The work is split between engineering that removes toil, such as automating failover or capacity changes, and taking part in the on-call rotation when something breaks. Service level objectives and error budgets decide when new releases pause so that stability can catch up. After each incident the engineer writes a blameless review and turns its lessons into code or alerts.'),
('site-reliability-engineer', 'THEORY',
 'The theory is that of distributed systems and of measurement. Queueing and capacity models explain why latency climbs steeply as a server nears saturation, and basic statistics turn raw request timings into the percentiles an objective is written in. Knowing how replication and retries behave under partial failure keeps a fix from making an outage worse.'),
('site-reliability-engineer', 'PROJECTS',
 'A typical project defines objectives for a checkout service and builds the Prometheus rules and Grafana dashboards that track how much of its error budget is left. Another automates a regional failover that used to take an afternoon of manual steps, with Terraform describing the standby capacity. Others tune Kubernetes autoscaling after a load test, or replace noisy paging rules with alerts on symptoms users would notice.'),
('site-reliability-engineer', 'ONBOARDING',
 'Most people arrive after some years as software developers or system administrators, because the job assumes the habits of both. The first months usually go into learning one production platform in depth: its Kubernetes clusters, its deployment path and the Prometheus metrics that describe its health. Joining the on-call rotation comes last, typically after shadowing experienced colleagues through several real incidents.'),
('site-reliability-engineer', 'DOCUMENTATION',
 'Public material is plentiful: the open-source monitoring and orchestration projects publish thorough manuals, and the companies that started the practice have written freely available books about it. What no manual covers is the platform in front of you, so runbooks written and kept current by the team matter as much as any vendor guide. A runbook nobody has tried during a drill counts as missing.'),
('site-reliability-engineer', 'TOOLING_ECOSYSTEM',
 'The toolbox centres on observability and automation: Prometheus, Grafana and the ELK stack for metrics, dashboards and logs, often with a commercial service such as Datadog beside them. Kubernetes and Docker run the services, Terraform and Ansible describe the machines beneath them, and Argo CD rolls changes out gradually. Paging and incident timelines complete the kit.'),
('site-reliability-engineer', 'ERGONOMICS',
 'Quiet weeks go into code that removes manual work, into design reviews that look for failure modes and into tuning alerts. Busy weeks are dominated by incidents, which can arrive at any hour of an on-call shift and call for calm, methodical debugging under time pressure. Teams that cap toil and share the pager fairly keep the role sustainable; teams that do not wear their engineers out.'),
('site-reliability-engineer', 'SCALABILITY',
 'Planning for growth is a standing duty: load tests and capacity forecasts say when a service will run out of headroom, well before users feel it. Kubernetes autoscaling and capacity described in Terraform turn those forecasts into machines. The engineer also checks that the databases and queues behind a service grow with it, since they are often the first to give way.'),
('site-reliability-engineer', 'SPEED',
 'Speed is measured from the user''s side, as the latency of the slowest requests rather than the average one. Finding where the time goes means tracing a request across services, caches and databases and fixing the worst hop first. The other speed that counts is recovery: how quickly a bad release is noticed and rolled back.'),
('site-reliability-engineer', 'RELIABILITY',
 'Reliability is the explicit goal, and it is budgeted rather than maximised: an objective set below perfection leaves room for change, and spending the error budget too quickly freezes risky releases. Prometheus alerts fire on what users would see, Kubernetes replaces failing instances, and rehearsed failovers prove that the backup path works before it is needed.'),
('site-reliability-engineer', 'ECOSYSTEM',
 'The practice grew out of large web companies and now spreads through conferences, open-source projects and observability vendors. Prometheus and Grafana anchor the open-source side, while Datadog and the monitoring services of the big clouds compete for teams that prefer to buy. Shared standards for traces and metrics let the same instrumentation feed any of them.'),
('site-reliability-engineer', 'TOOL_COSTS',
 'The open-source core costs nothing to license: Prometheus, Kubernetes and Ansible are free to use, and Grafana is under the AGPLv3. The bills come from observability at scale, because a subscription service such as Datadog charges more as hosts and data volumes grow, and those grow with every new service.'),
('site-reliability-engineer', 'INFRASTRUCTURE_COSTS',
 'Redundancy is the main cost: standby regions, spare capacity and replicated data all cost money while they wait for a failure. Storage for metrics, logs and traces grows with traffic, so retention periods and sampling are decisions about money as much as about engineering. A good site reliability engineer shows what each extra step of availability would cost before anyone buys it.'),
('site-reliability-engineer', 'DEVELOPMENT_TOOLS',
 'The daily kit is free: a terminal, Git, an editor and the command-line clients of the cloud in use. Paid items tend to be team services rather than personal tools, such as a paging service for the rotation or seats on an observability platform.'),
('site-reliability-engineer', 'IDEAL_FOR',
 'Engineers who like finding out why a system failed and making sure it cannot fail that way again. It suits developers who enjoy operations, administrators who want to write more code, and anyone calm enough to debug a live outage in the middle of the night.'),
('site-reliability-engineer', 'INDUSTRY_DEMAND',
 'Demand comes mainly from organisations whose income depends on services staying up, from online shops and payment firms to companies selling software as a service. Official statistics have no occupation of its own for the role, and the catalogue''s only pay figure is a global survey median, so the size of the market cannot be stated with any confidence.'),
('site-reliability-engineer', 'PROJECT_REQUIREMENTS',
 'Choose this toolkit when availability and latency are promises made to customers and every outage costs money or trust. Such projects need written objectives, Prometheus and Grafana to measure them, Kubernetes or a similar platform that heals itself, and an incident response that has been rehearsed.'),
('site-reliability-engineer', 'CHOOSE_IF',
 'you would rather keep a large production system fast and available than ship its features, and you stay calm when it breaks'),
('site-reliability-engineer', 'PICK_ADVICE',
 'Run a small service of your own for a few months with real monitoring, and write down every time it misbehaves. If tracking down those failures and making them impossible is the part you enjoy most, this is likely your direction. If an on-call pager sounds like a burden rather than a puzzle, DevOps or backend work will suit you better.'),
('site-reliability-engineer', 'WHEN_TO_HIRE',
 'Hire a site reliability engineer when a service has outgrown being run by its developers in their spare time: outages are frequent, alerts are ignored, or customers hold you to availability targets. They write the objectives, cut noisy alerts and automate recovery, and they give releases a clear rule for when to slow down.'),
('site-reliability-engineer', 'WHY_LOOK_BEYOND',
 'On-call duty is the most common reason: being woken by incidents wears people down, above all on small teams with few engineers to share the rotation. Some move back to product development to build features again, others to platform or DevOps roles with fewer night shifts, and some into security, where the same habits of failure analysis apply.');

insert into role_skill (role_slug, skill_slug, importance, source_code) values
('site-reliability-engineer', 'monitoring-observability', 'CORE', 'W13'),
('site-reliability-engineer', 'container-orchestration', 'CORE', 'W13'),
('site-reliability-engineer', 'infrastructure-as-code', 'CORE', 'W13'),
('site-reliability-engineer', 'linux-scripting', 'CORE', 'W13'),
('site-reliability-engineer', 'automation-mindset', 'CORE', 'W12'),
('site-reliability-engineer', 'distributed-systems-design', 'CORE', 'W20'),
('site-reliability-engineer', 'performance-tuning', 'CORE', 'W20'),
('site-reliability-engineer', 'networking', 'SECONDARY', 'W13'),
('site-reliability-engineer', 'cloud-computing', 'SECONDARY', 'W13'),
('site-reliability-engineer', 'configuration-management', 'SECONDARY', 'W13'),
('site-reliability-engineer', 'secrets-management', 'SECONDARY', 'W13'),
('site-reliability-engineer', 'version-control', 'SECONDARY', 'W13'),
('site-reliability-engineer', 'problem-solving', 'SECONDARY', 'W12'),
('site-reliability-engineer', 'cross-team-collaboration', 'SECONDARY', 'W12');

insert into role_tool (role_slug, tool_slug, importance, source_code) values
('site-reliability-engineer', 'kubernetes', 'CORE', 'W14'),
('site-reliability-engineer', 'prometheus', 'CORE', 'W14'),
('site-reliability-engineer', 'grafana', 'CORE', 'W14'),
('site-reliability-engineer', 'terraform', 'CORE', 'W14'),
('site-reliability-engineer', 'docker', 'CORE', 'W13'),
('site-reliability-engineer', 'ansible', 'SECONDARY', 'W14'),
('site-reliability-engineer', 'elk-stack', 'SECONDARY', 'W14'),
('site-reliability-engineer', 'datadog', 'SECONDARY', 'W20'),
('site-reliability-engineer', 'argo-cd', 'SECONDARY', 'W20'),
('site-reliability-engineer', 'vault', 'SECONDARY', 'W14'),
('site-reliability-engineer', 'git', 'SECONDARY', 'W13'),
('site-reliability-engineer', 'aws', 'SECONDARY', 'W12');

insert into role_language (role_slug, language_slug, importance, source_code) values
('site-reliability-engineer', 'go', 'CORE', 'W13'),
('site-reliability-engineer', 'python', 'CORE', 'W13'),
('site-reliability-engineer', 'bash', 'SECONDARY', 'W13');

insert into role_workflow (role_slug, position, name) values
('site-reliability-engineer', 1, 'Setting service level objectives and tracking error budgets'),
('site-reliability-engineer', 2, 'Taking part in the on-call rotation and leading incident response'),
('site-reliability-engineer', 3, 'Writing blameless reviews after incidents and following up their actions'),
('site-reliability-engineer', 4, 'Planning capacity from load tests and growth forecasts'),
('site-reliability-engineer', 5, 'Automating away repetitive operations work');

insert into role_theory (role_slug, position, name) values
('site-reliability-engineer', 1, 'Distributed systems: replication, consensus and partial failure'),
('site-reliability-engineer', 2, 'Queueing and capacity planning'),
('site-reliability-engineer', 3, 'Statistics of latency: percentiles and error rates');

insert into role_use_case (role_slug, position, title, example) values
('site-reliability-engineer', 1, 'Service level objectives', 'Objectives and an error budget for a checkout service, tracked on a shared dashboard'),
('site-reliability-engineer', 2, 'Automated failover', 'A scripted switch to a standby region that used to take an afternoon of manual steps'),
('site-reliability-engineer', 3, 'Alerting on symptoms', 'Paging rules rewritten to fire on what users notice instead of every busy server'),
('site-reliability-engineer', 4, 'Capacity planning', 'Load tests and forecasts that say when a service will run out of headroom');

insert into role_collaborator (role_slug, position, name) values
('site-reliability-engineer', 1, 'Backend engineers'),
('site-reliability-engineer', 2, 'DevOps engineers'),
('site-reliability-engineer', 3, 'Product owners who agree the objectives'),
('site-reliability-engineer', 4, 'Customer support during incidents');

insert into role_best_for (role_slug, position, text) values
('site-reliability-engineer', 1, 'Engineers who want to know why a system failed and stop it failing again'),
('site-reliability-engineer', 2, 'Developers who enjoy running what they build'),
('site-reliability-engineer', 3, 'People who stay calm and methodical during an outage'),
('site-reliability-engineer', 4, 'Anyone who likes measuring systems before changing them');

insert into salary_figure (role_slug, position, basis, amount_usd, low_usd, high_usd, range_label, region, period,
                           label, note, headline, source_code) values
('site-reliability-engineer', 1, 'MEDIAN', 80000, null, null, null, 'Global', '2020 survey',
 'Global median salary of respondents who described themselves as site reliability engineers in the Stack Overflow Developer Survey',
 'Self-reported by developers in many countries, so far below US figures; compare it only with other global medians.', true, 'W9');

insert into role_note (role_slug, topic, note) values
('site-reliability-engineer', 'HIRING_COMPANIES',
 'No source with a stated method names the employers that hire site reliability engineers, so the catalogue lists none.'),
('site-reliability-engineer', 'CAREER_PROGRESSION',
 'No source in the catalogue describes a career ladder for site reliability engineers, so none is shown.'),
('site-reliability-engineer', 'SALARY',
 'The only figure is a global survey median; there is no official US figure for the role to set beside it.');

insert into role_pair (first_slug, second_slug, difference) values
('ml-engineer', 'site-reliability-engineer',
 'An ML engineer builds and serves models, with TensorFlow or PyTorch for training and MLflow for keeping track of them. A site reliability engineer keeps production services, model servers among them, inside agreed targets for availability and latency. The two meet when a model goes live, since a prediction service needs the same monitoring, capacity planning and incident response as any other.'),
('backend-engineer', 'site-reliability-engineer',
 'A backend engineer writes the services, APIs and database access an application runs on. A site reliability engineer measures how those services behave in production, sets objectives for them and automates recovery when they fail. Both read the same code and traces, but one is judged on features and the other on the availability users experience.'),
('data-engineer', 'site-reliability-engineer',
 'A data engineer builds the pipelines and stores that move and prepare data, with Apache Spark, Apache Kafka and Apache Airflow. A site reliability engineer keeps production systems available and fast, including the clusters those pipelines run on. They share the platform underneath, from containers and Kubernetes to cloud services and monitoring, but a data engineer''s day goes into pipeline tools a site reliability engineer rarely touches.'),
('devops-engineer', 'site-reliability-engineer',
 'Most tools in the site reliability toolkit also appear in the DevOps one: Docker, Kubernetes, Terraform and Prometheus among them. The DevOps engineer concentrates on how software is built and released, the site reliability engineer on how it behaves once it runs, measured against written objectives. Many teams blend the two, and people move between them easily.'),
('data-scientist', 'site-reliability-engineer',
 'A data scientist analyses data and builds experimental models with Python, Pandas and scikit-learn. A site reliability engineer keeps production systems within agreed limits of availability and latency. Their toolkits barely overlap; the closest meeting point is statistics, which one applies to business questions and the other to latency percentiles and error rates.'),
('ai-engineer', 'site-reliability-engineer',
 'An AI engineer, in the research-leaning sense the catalogue uses, designs new AI methods and builds them into systems with PyTorch or TensorFlow. A site reliability engineer makes production systems dependable, and a model that leaves the lab becomes one more service to measure, scale and recover. Their toolkits share next to nothing.');

insert into pick_weight (question_slug, option_slug, role_slug, weight, note) values
('interest', 'data-quality', 'site-reliability-engineer', 0, null),
('interest', 'statistics', 'site-reliability-engineer', 0, null),
('interest', 'automation', 'site-reliability-engineer', 3, null),
('interest', 'services', 'site-reliability-engineer', 1, null),
('interest', 'ai-research', 'site-reliability-engineer', 0, null),
('interest', 'ml-production', 'site-reliability-engineer', 1, null),
('strength', 'mathematics', 'site-reliability-engineer', 0, null),
('strength', 'software-architecture', 'site-reliability-engineer', 2, null),
('strength', 'system-operations', 'site-reliability-engineer', 3, null),
('strength', 'data-analysis', 'site-reliability-engineer', 1, null),
('lean', 'research', 'site-reliability-engineer', -2, 'this role keeps live services running'),
('lean', 'production', 'site-reliability-engineer', 3, 'this role is measured by how production behaves'),
('lean', 'either', 'site-reliability-engineer', 0, null);

insert into search_synonym (term, role_slug) values
('reliability engineer', 'site-reliability-engineer');
