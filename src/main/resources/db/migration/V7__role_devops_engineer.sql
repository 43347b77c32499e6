-- DevOps Engineer: facts from seed S003 and the fact sheet (W9, W12, W13, W14, W21); prose in our own words.

insert into role (slug, name, short_name, display_order, headline, summary, primary_focus, key_responsibility,
                  typical_deliverable, definition_note) values
('devops-engineer', 'DevOps Engineer', 'DevOps Engineer', 4,
 'Automates how software is built, tested and released, and keeps the infrastructure under it dependable',
 'DevOps engineers automate the route a change takes from a commit to production and look after the infrastructure where it ends up. They write CI/CD pipelines, describe servers and cloud resources as code, run services in containers on orchestrated clusters and set up the monitoring that raises the alarm when something breaks. The toolkit is generalist rather than tied to one kind of software, so the same skills serve a web shop, a bank or a team shipping ML models.',
 'Automating software delivery and the infrastructure behind it',
 'Streamlining the way code moves from development into operation',
 'Automated CI/CD pipelines and resilient infrastructure',
 'roadmap.sh presents DevOps first as a culture and a set of practices that developers, testers and operations staff share, not as a job title. Employers still advertise "DevOps Engineer" posts, and the title then names a software engineer who specialises in the practices and tools of continuous delivery and who works with those groups to get releases out. The catalogue uses the title in that second sense.');

insert into role_text (role_slug, topic, body) values
('devops-engineer', 'RESPONSIBILITIES',
 'A DevOps engineer owns the road a change travels from a developer''s commit to a running service: the build, the automated tests, the deployment and the monitoring afterwards. Day to day that means writing pipeline definitions, describing servers and networks as code, packaging services into containers and scripting away any manual step that keeps coming back. The role also carries a share of classic system administration, from patching Linux hosts and managing access to planning backups. Because every team that ships software depends on this work, a good part of it is agreeing with developers, testers and operations staff on how releases should flow.'),
('devops-engineer', 'THEORY',
 'DevOps is not a mathematical role; its theory is about how computers and networks behave. Operating-system knowledge, above all Linux processes, permissions and file systems, makes a failing deployment readable, and networking fundamentals such as TCP/IP, DNS, load balancing and firewall rules explain most outages that are not bugs in the code. Ideas from distributed systems, such as redundancy, failover and tested recovery from backups, decide whether a platform survives the loss of a server.'),
('devops-engineer', 'PROJECTS',
 'A typical project moves a team from hand-run releases to a Jenkins or GitHub Actions pipeline that builds, tests and deploys every merge. Another describes a company''s Amazon Web Services estate in Terraform so that staging and production can be rebuilt identically at any time. Others package a set of services with Docker and run them on Kubernetes, wire Prometheus alerts and Grafana dashboards to an on-call rota, or build the delivery pipeline an ML team uses to ship its models.'),
('devops-engineer', 'ONBOARDING',
 'The first steps are broad rather than deep: Linux and Bash, Git, one CI system and one cloud are enough for a first job, and many people arrive after some years as developers or system administrators. The later steps are harder. roadmap.sh rates Kubernetes, the ELK stack, Chef and Puppet as steep to learn, while Ansible and CircleCI are among the gentler tools, so it pays to start with those and add the heavier ones as real needs appear.'),
('devops-engineer', 'DOCUMENTATION',
 'Documentation is rarely the bottleneck: Kubernetes, Terraform, Ansible and Prometheus each publish full reference manuals and tutorials, and large communities share modules, playbooks and answers in forums. The difficulty lies in the number of products one pipeline combines, each with its own configuration language, from the YAML of a CI workflow to HashiCorp''s HCL and PromQL queries. Knowing where one tool''s manual ends and the next begins is a skill in its own right.'),
('devops-engineer', 'TOOLING_ECOSYSTEM',
 'The toolbox is organised by job rather than by vendor: CI/CD servers such as Jenkins, GitLab CI/CD, CircleCI and GitHub Actions; infrastructure as code with Terraform or Pulumi; configuration management with Ansible, Chef or Puppet; containers with Docker or Podman, orchestrated by Kubernetes. Around them sit monitoring with Prometheus, Grafana and the ELK stack, secrets in HashiCorp Vault and security scanning with OWASP ZAP. Several tools compete for each slot, so much of the craft is picking one per slot and making them work together.'),
('devops-engineer', 'ERGONOMICS',
 'Most of the day is spent in a terminal, an editor and the log output of pipelines, and most of the work is code, even when that code describes servers rather than features. Feedback can be slow, because a change to a pipeline or to infrastructure code often shows its effect only after a full run against a real cloud account. The person who built the platform is also the one called when it fails, and roadmap.sh warns that this makes for a high-pressure job at times.'),
('devops-engineer', 'SCALABILITY',
 'Scaling is the core of the job rather than an afterthought. Kubernetes adds or removes container replicas as load changes, a Terraform module creates ten environments as easily as one, and Jenkins spreads builds across many agents when a growing team queues more of them. On the monitoring side, Prometheus federation and sharding keep the collection of metrics from becoming the bottleneck of a large platform.'),
('devops-engineer', 'SPEED',
 'Speed here means delivery speed: how quickly a change reaches production and how quickly a fault is noticed and rolled back. Fast pipelines rely on caching, parallel jobs and small, frequent merges, and containers start in seconds because they share the host''s kernel instead of booting a whole operating system. With that automation in place, releasing several times a day becomes routine rather than an event.'),
('devops-engineer', 'RELIABILITY',
 'Reliability comes from removing manual steps and watching everything. Infrastructure defined in Terraform and configuration applied by Ansible can be reviewed, tested and reapplied, which stops environments drifting apart, while Kubernetes restarts failed containers by itself and Prometheus alerts reach a person before users notice a slowdown. Redundant network paths, failover and backups that are restored in practice cover the failures no automation prevents.'),
('devops-engineer', 'ECOSYSTEM',
 'The ecosystem is large, community-driven and closely tied to the three big clouds. Amazon Web Services, Microsoft Azure and Google Cloud each sell managed Kubernetes and CI/CD services of their own, while independent projects such as Jenkins, with the biggest plugin library of any CI server, and Prometheus with Grafana run on all of them. Specialisations grow out of this ground, notably DevSecOps, cloud-focused DevOps and MLOps.'),
('devops-engineer', 'TOOL_COSTS',
 'Much of the core toolkit costs nothing to license: Jenkins, Kubernetes, Prometheus and Ansible are open source, and Grafana is under the AGPLv3. The licences around them need watching, though. Terraform and HashiCorp Vault moved to the source-available Business Source License, with OpenTofu continuing Terraform as open source, and Docker Desktop needs a paid subscription in organisations with 250 or more staff or $10M or more in revenue. Hosted CI such as GitHub Actions includes free minutes, then bills private repositories by the minute.'),
('devops-engineer', 'INFRASTRUCTURE_COSTS',
 'The largest bill is the infrastructure a DevOps engineer provisions rather than the tools: cloud compute, storage, network traffic, build runners and managed Kubernetes clusters, mostly charged by use. Because that infrastructure is defined in code, the same engineer is well placed to trim it, by shutting down idle environments, right-sizing clusters and tagging resources so each team sees its share. Monitoring and logging cost money too, since metrics and logs need storage that grows with the platform.'),
('devops-engineer', 'DEVELOPMENT_TOOLS',
 'The everyday kit is mostly free: a terminal with Bash, Git, an editor and the command-line clients of each cloud provider. Money goes to hosted services that save a team from running its own, such as the paid plans of GitLab or CircleCI once the free build minutes run out, and commercial security or monitoring services.'),
('devops-engineer', 'IDEAL_FOR',
 'Engineers who get more satisfaction from a platform that runs smoothly than from a feature they shipped, and who automate a chore the second time they meet it. It suits developers curious about what happens after the merge, system administrators who want to work in code, and anyone drawn to cloud platforms and continuous delivery.'),
('devops-engineer', 'INDUSTRY_DEMAND',
 'Demand is spread across sectors rather than concentrated in one, since any organisation that ships software through pipelines and runs it in the cloud needs this work done. Hard numbers are scarce because the BLS has no DevOps occupation; the clearest signals are the Indeed average of about $124,000 that roadmap.sh reports and the range of specialisations it describes, from DevSecOps to MLOps.'),
('devops-engineer', 'PROJECT_REQUIREMENTS',
 'Choose this toolkit when the problem is how software gets built, released and kept running rather than what it computes: slow or manual releases, environments that differ from one another, or services that fail without anyone noticing. Such projects call for Jenkins or GitHub Actions for pipelines, Terraform for infrastructure, Docker and Kubernetes for running services, and Prometheus with Grafana for watching them.'),
('devops-engineer', 'CHOOSE_IF',
 'you would rather automate releases, run cloud infrastructure and keep systems up than build product features or models'),
('devops-engineer', 'PICK_ADVICE',
 'Try it on a small scale first: put a personal project in a container, build it on every push with a CI service and deploy it to a cloud account from infrastructure code. If wiring those pieces together and seeing the pipeline turn green is more fun than the project itself, this is probably your direction. If you keep wanting to get back to the application logic or the data, backend or ML engineering will fit you better.'),
('devops-engineer', 'WHEN_TO_HIRE',
 'Hire a DevOps engineer when releases depend on one person''s manual steps, when environments drift apart, or when a move to containers or the cloud is planned and nobody owns it. They build the pipelines, infrastructure code and monitoring that let developers ship safely on their own, and they can lay the same foundation for an ML team''s models.'),
('devops-engineer', 'WHY_LOOK_BEYOND',
 'The role can be stressful: whoever runs the platform is called when it breaks, and the list of tools to keep up with never stops growing. Some DevOps engineers miss building products and turn back towards backend development, some retrain as MLOps engineers to work closer to models, and others narrow their focus to security through DevSecOps. Because DevOps is as much a practice as a title, the skills carry over easily into neighbouring operations roles such as site reliability engineering.');

insert into role_skill (role_slug, skill_slug, importance, source_code) values
('devops-engineer', 'linux-scripting', 'CORE', 'W13'),
('devops-engineer', 'ci-cd', 'CORE', 'W13'),
('devops-engineer', 'containers', 'CORE', 'W13'),
('devops-engineer', 'container-orchestration', 'CORE', 'W13'),
('devops-engineer', 'infrastructure-as-code', 'CORE', 'W13'),
('devops-engineer', 'cloud-computing', 'CORE', 'W13'),
('devops-engineer', 'monitoring-observability', 'CORE', 'W13'),
('devops-engineer', 'automation-mindset', 'CORE', 'W12'),
('devops-engineer', 'security-practices', 'SECONDARY', 'W13'),
('devops-engineer', 'networking', 'SECONDARY', 'W13'),
('devops-engineer', 'version-control', 'SECONDARY', 'W13'),
('devops-engineer', 'configuration-management', 'SECONDARY', 'W13'),
('devops-engineer', 'system-administration', 'SECONDARY', 'W12'),
('devops-engineer', 'cross-team-collaboration', 'SECONDARY', 'W21');

insert into role_tool (role_slug, tool_slug, importance, source_code) values
('devops-engineer', 'docker', 'CORE', 'S003'),
('devops-engineer', 'kubernetes', 'CORE', 'S003'),
('devops-engineer', 'jenkins', 'CORE', 'S003'),
('devops-engineer', 'aws', 'CORE', 'S003'),
('devops-engineer', 'terraform', 'CORE', 'W14'),
('devops-engineer', 'ansible', 'CORE', 'W14'),
('devops-engineer', 'prometheus', 'CORE', 'W14'),
('devops-engineer', 'git', 'CORE', 'W13'),
('devops-engineer', 'gcp', 'SECONDARY', 'S003'),
('devops-engineer', 'azure', 'SECONDARY', 'S003'),
('devops-engineer', 'github-actions', 'SECONDARY', 'W14'),
('devops-engineer', 'gitlab-ci', 'SECONDARY', 'W14'),
('devops-engineer', 'circleci', 'SECONDARY', 'W14'),
('devops-engineer', 'pulumi', 'SECONDARY', 'W14'),
('devops-engineer', 'podman', 'SECONDARY', 'W13'),
('devops-engineer', 'chef', 'SECONDARY', 'W14'),
('devops-engineer', 'puppet', 'SECONDARY', 'W14'),
('devops-engineer', 'grafana', 'SECONDARY', 'W14'),
('devops-engineer', 'elk-stack', 'SECONDARY', 'W14'),
('devops-engineer', 'vault', 'SECONDARY', 'W14'),
('devops-engineer', 'owasp-zap', 'SECONDARY', 'W14');

insert into role_language (role_slug, language_slug, importance, source_code) values
('devops-engineer', 'bash', 'CORE', 'W13'),
('devops-engineer', 'python', 'CORE', 'W13'),
('devops-engineer', 'ruby', 'SECONDARY', 'W13');

insert into role_workflow (role_slug, position, name) values
('devops-engineer', 1, 'Building and maintaining CI/CD pipelines'),
('devops-engineer', 2, 'Provisioning infrastructure as code'),
('devops-engineer', 3, 'Packaging services in containers and running them on orchestrated clusters'),
('devops-engineer', 4, 'Monitoring, log management and alerting'),
('devops-engineer', 5, 'Managing configuration and secrets across environments'),
('devops-engineer', 6, 'Administering Linux servers: access, patches and backups');

insert into role_theory (role_slug, position, name) values
('devops-engineer', 1, 'Networking fundamentals: TCP/IP, DNS, load balancing and firewalls'),
('devops-engineer', 2, 'Operating systems, above all Linux'),
('devops-engineer', 3, 'Distributed systems and reliability: redundancy, failover and disaster recovery');

insert into role_use_case (role_slug, position, title, example) values
('devops-engineer', 1, 'Continuous integration and delivery', 'A pipeline that builds, tests and deploys every merged change without anyone running a script by hand'),
('devops-engineer', 2, 'Infrastructure as code', 'Terraform modules that create matching staging and production environments in a cloud account'),
('devops-engineer', 3, 'Moving services onto containers', 'Packaging a set of services as Docker images and running them on a Kubernetes cluster'),
('devops-engineer', 4, 'Monitoring and incident response', 'Prometheus alerts and Grafana dashboards that warn the on-call engineer before users notice a slowdown'),
('devops-engineer', 5, 'Fleet configuration', 'Ansible playbooks that keep a fleet of Linux servers patched and configured the same way'),
('devops-engineer', 6, 'Delivery infrastructure for ML systems', 'The pipelines and clusters an ML team relies on to ship and update its models');

insert into role_collaborator (role_slug, position, name) values
('devops-engineer', 1, 'Software developers'),
('devops-engineer', 2, 'Testers'),
('devops-engineer', 3, 'Operations staff'),
('devops-engineer', 4, 'Backend engineers'),
('devops-engineer', 5, 'ML engineers');

insert into role_best_for (role_slug, position, text) values
('devops-engineer', 1, 'Engineers who find real satisfaction in automating repetitive work away'),
('devops-engineer', 2, 'People who like standing where development meets operations'),
('devops-engineer', 3, 'Those who enjoy building systems that grow with demand and recover from failure'),
('devops-engineer', 4, 'Anyone drawn to cloud platforms and continuous delivery');

insert into salary_figure (role_slug, position, basis, amount_usd, low_usd, high_usd, range_label, region, period,
                           label, note, headline, source_code) values
('devops-engineer', 1, 'AVERAGE', 124392, null, null, null, 'US', 'guide dated 2024-08-20',
 'Average salary of DevOps engineers advertised on Indeed, as roadmap.sh reports it',
 'The guide is dated 2024-08-20 but its text already speaks of 2025, and it does not say when the Indeed figure was read.', true, 'W12'),
('devops-engineer', 2, 'MEDIAN', 68000, null, null, null, 'Global', '2020 survey',
 'Global median salary of respondents who described themselves as DevOps specialists in the Stack Overflow Developer Survey',
 'Self-reported by developers in many countries, so far below US figures; compare it only with other global medians.', false, 'W9'),
('devops-engineer', 3, 'MEDIAN', 80000, null, null, null, 'Global', '2020 survey',
 'Global median salary of respondents who described themselves as site reliability engineers in the Stack Overflow Developer Survey',
 'Site reliability engineering is a separate developer type in the survey, close to DevOps work; shown for comparison.', false, 'W9');

insert into role_career_step (role_slug, position, title, source_code) values
('devops-engineer', 1, 'Release Manager or Junior DevOps Engineer', 'W12'),
('devops-engineer', 2, 'DevOps Engineer', 'W12'),
('devops-engineer', 3, 'Lead DevOps Engineer or DevOps Architect', 'W12');

insert into role_note (role_slug, topic, note) values
('devops-engineer', 'HIRING_COMPANIES',
 'No source with a stated method names the employers that hire DevOps engineers, so the catalogue lists none rather than guess.'),
('devops-engineer', 'SALARY',
 'The US Bureau of Labor Statistics has no occupation for DevOps engineers, so there is no official US median to show. The headline is an average of salaries advertised on Indeed; the two global medians are self-reported in the 2020 Stack Overflow survey and are not comparable with US figures.'),
('devops-engineer', 'CAREER_PROGRESSION',
 'roadmap.sh describes this ladder from an entry post to the senior role of DevOps architect. Next to it the same guide names specialist paths, among them DevSecOps engineer, DevOps cloud engineer, DevOps test engineer, automation expert and systems engineer, and notes that a DevOps engineer can retrain as an MLOps engineer.');
