-- Backend Engineer: facts from seeds S000, S002, S003 and the fact sheet; prose in our own words.

insert into role (slug, name, short_name, display_order, headline, summary, primary_focus, key_responsibility,
                  typical_deliverable, definition_note) values
('backend-engineer', 'Backend Engineer', 'Backend Engineer', 2,
 'Builds the server-side services, APIs and databases that web and mobile applications stand on',
 'Backend engineers write and maintain everything a user never sees: the server processes, the APIs that front ends call and the databases behind them. They answer for how secure, how fast and how scalable that layer is, and they often wire machine learning output into it without building the models themselves. The work leans on system design and software architecture rather than on mathematics.',
 'Server-side logic and APIs',
 'Building the core services of an application',
 'Fast APIs and the database work behind them',
 null);

insert into role_text (role_slug, topic, body) values
('backend-engineer', 'RESPONSIBILITIES',
 'A backend engineer develops and looks after the server-side code, the databases and the APIs, REST or GraphQL, that web and mobile clients depend on. Keeping that layer secure, quick under load and able to grow, and keeping its data intact, is part of the job, not an afterthought. When a product uses machine learning, the backend engineer usually builds the service that calls the model or hands its predictions to users, while the model itself comes from an ML engineer. In short, they own the core infrastructure that every feature, smart or not, plugs into.'),
('backend-engineer', 'THEORY',
 'The theory behind this role comes from computer systems rather than from mathematics. Software-engineering principles and system-design patterns decide whether a codebase stays changeable after its tenth service; database theory explains why one schema or index makes a query fast and another makes it crawl. Network protocols and load balancing matter the moment traffic has to be spread over several servers. Someone who knows these foundations can reason about a slow endpoint instead of guessing at it.'),
('backend-engineer', 'PROJECTS',
 'Backend engineers build scalable web APIs, split applications into microservices, and write the billing and authentication systems that every paying customer passes through. Other typical work is running cloud-based services and the background jobs and workers that do slow tasks outside the request cycle. One engineer might design the REST API a mobile app talks to; another tunes a cloud database so it keeps up as load grows, or connects services to a continuous-deployment pipeline. Spring Boot and Django are common choices for the APIs, with PostgreSQL storing the data.'),
('backend-engineer', 'ONBOARDING',
 'Getting started is comparatively gentle, because the main frameworks have been around for years. Spring Boot and Node.js come with thorough official guides and tutorials, and the Mozilla Developer Network covers the web fundamentals a newcomer needs. The harder lessons, such as designing distributed systems that stay fast and secure, come later and build on that well-documented base.'),
('backend-engineer', 'DOCUMENTATION',
 'Documentation is a strength of this field. Framework maintainers publish extensive official references, MDN explains HTTP and the web platform in depth, and teams describe their own APIs in OpenAPI files that tools such as Swagger turn into browsable docs. That habit of documenting and testing every API keeps front-end, QA and backend people working from the same contract.'),
('backend-engineer', 'TOOLING_ECOSYSTEM',
 'The tooling is mature and settled: full-featured IDEs such as the JetBrains IDEs and Visual Studio Code, long-established testing frameworks, Git for version control and CI/CD pipelines as the default way to ship. Around them sit everyday helpers like Postman for calling and testing APIs, Swagger for describing them and DBeaver for inspecting databases. Teams put much of their effort into performance tuning and keeping systems reliable rather than into chasing new tools.'),
('backend-engineer', 'ERGONOMICS',
 'Daily work is comfortable by engineering standards. Services run locally with clear setups, tests give quick feedback, and CI/CD pipelines carry a change from a laptop to production without manual steps. Once code is live, Prometheus metrics and Grafana dashboards show how it behaves, so a slowdown can be traced instead of guessed at.'),
('backend-engineer', 'SCALABILITY',
 'Backend systems grow by adding instances of small services, and Kubernetes orchestrates those containers so each microservice can scale on its own. Frameworks such as Spring Boot and Node.js are built to serve many concurrent connections, which keeps an API responsive as the number of users climbs.'),
('backend-engineer', 'SPEED',
 'Here speed means how quickly each request is answered. Django on top of PostgreSQL copes well with many requests arriving at once at low latency, so data can be read and written without queues building up. The aim is to keep bottlenecks out of reading and processing data, which is why queries, indexes and round trips to the database get so much attention.'),
('backend-engineer', 'RELIABILITY',
 'Reliability rests on thorough testing and solid infrastructure. Apache Kafka manages the streams of data flowing between services, and Prometheus watches the running systems so faults are noticed and handled quickly. The goal is uptime that users never have to think about.'),
('backend-engineer', 'ECOSYSTEM',
 'Spring Boot and Node.js anchor the ecosystem, each with a large community and corporate sponsors that keep releases coming. Django and PostgreSQL are widely adopted for their stability and breadth of features, and Docker with Kubernetes packages and runs services in line with modern DevOps practice. Apache Kafka adds real-time data streams, backed by a growing community focused on distributed systems.'),
('backend-engineer', 'TOOL_COSTS',
 'The core frameworks and runtimes cost nothing: Spring Boot, Django, Express.js, FastAPI, Node.js and PostgreSQL are all open source, and so is the community edition of MySQL. Licences need a second look for some data stores, because the MongoDB community server is under the SSPL and Redis 7.4 to 7.x is source-available, with Redis 8 adding the open-source AGPLv3 as an option. Paid seats come in with Jira, billed per user per month in the cloud, and with the JetBrains IDEs, sold by subscription.'),
('backend-engineer', 'INFRASTRUCTURE_COSTS',
 'Like ML systems, backend services are often run on Kubernetes, so cluster hosting and management appear on the bill. Monitoring with Prometheus and Grafana is free to install, but running and storing all those metrics adds its own operating cost. The cloud bill grows with traffic and with the managed services a team chooses. Seed document 000 argues that mature, widely adopted open-source tooling gives backend work a lower operating cost than ML work, but it offers no figures for that view.'),
('backend-engineer', 'DEVELOPMENT_TOOLS',
 'Development mostly relies on open-source tools, with money spent on project management such as Jira and on premium database services. A managed Postgres or Redis add-on on Heroku, for example, is paid according to the resources it uses. Database clients range from the free community edition of DBeaver to its paid PRO edition.'),
('backend-engineer', 'IDEAL_FOR',
 'Engineers who want to build dependable system architectures that can grow, and who like spending their days on APIs, databases and infrastructure. It suits people who take pride in a fast, stable application and who would rather design the services underneath a product than the models inside it.'),
('backend-engineer', 'INDUSTRY_DEMAND',
 'Demand is steady because nearly every business that goes digital needs a backend. It is strong in technology and finance and reaches into newer fields such as IoT and blockchain. The BLS projects the group of software developers, quality assurance analysts and testers to grow by 15% between 2024 and 2034.'),
('backend-engineer', 'PROJECT_REQUIREMENTS',
 'Choose this toolkit when a project is about building APIs, managing databases and keeping the system secure. Such work calls for a mature framework such as Spring Boot or Django, a relational store such as PostgreSQL or MySQL, and Docker and Kubernetes to run the result.'),
('backend-engineer', 'CHOOSE_IF',
 'you would rather build the APIs, server processes and databases at the core of an application, and answer for its performance and scale, than train the models that plug into it'),
('backend-engineer', 'PICK_ADVICE',
 'This path fits people whose strength is software architecture: designing services, their APIs and the data stores behind them. You may well connect machine learning models to what you build, but your responsibility is that the whole application works, stays fast and scales. If you find yourself more curious about the data or the models than about the services, look at the neighbouring roles.'),
('backend-engineer', 'WHEN_TO_HIRE',
 'Hire a backend engineer when your application needs software infrastructure that is reliable, scalable and secure: an API for your apps, payments or sign-in, background processing, or a database that has to keep up with growth. They carry the performance of the product out of sight of the user.'),
('backend-engineer', 'WHY_LOOK_BEYOND',
 'Some backend engineers find the data passing through their services more interesting than the services themselves and move towards data engineering. Others want to build the intelligent parts of a product rather than the plumbing around them and retrain as ML engineers. Those who already spend much of their time on pipelines, clusters and deployments often find that DevOps matches what they enjoy.');

insert into role_skill (role_slug, skill_slug, importance, source_code) values
('backend-engineer', 'distributed-systems-design', 'CORE', 'S000'),
('backend-engineer', 'api-development', 'CORE', 'S000'),
('backend-engineer', 'database-management', 'CORE', 'S000'),
('backend-engineer', 'system-scalability', 'CORE', 'S000'),
('backend-engineer', 'security-practices', 'CORE', 'S000'),
('backend-engineer', 'microservices', 'CORE', 'S000'),
('backend-engineer', 'system-design-patterns', 'CORE', 'S002'),
('backend-engineer', 'performance-tuning', 'CORE', 'S000'),
('backend-engineer', 'automated-testing', 'SECONDARY', 'S000'),
('backend-engineer', 'code-review', 'SECONDARY', 'S000'),
('backend-engineer', 'version-control', 'SECONDARY', 'S000'),
('backend-engineer', 'ci-cd', 'SECONDARY', 'S002'),
('backend-engineer', 'containers', 'SECONDARY', 'S002'),
('backend-engineer', 'container-orchestration', 'SECONDARY', 'S000'),
('backend-engineer', 'cloud-computing', 'SECONDARY', 'S002'),
('backend-engineer', 'monitoring-observability', 'SECONDARY', 'S000'),
('backend-engineer', 'networking', 'SECONDARY', 'S002'),
('backend-engineer', 'data-modelling', 'SECONDARY', 'S000'),
('backend-engineer', 'stream-processing', 'SECONDARY', 'S000'),
('backend-engineer', 'cross-team-collaboration', 'SECONDARY', 'S002'),
('backend-engineer', 'problem-solving', 'SECONDARY', 'S003');

insert into role_tool (role_slug, tool_slug, importance, source_code) values
('backend-engineer', 'spring-boot', 'CORE', 'S000'),
('backend-engineer', 'nodejs', 'CORE', 'S000'),
('backend-engineer', 'django', 'CORE', 'S000'),
('backend-engineer', 'postgresql', 'CORE', 'S000'),
('backend-engineer', 'rest', 'CORE', 'S002'),
('backend-engineer', 'docker', 'CORE', 'S002'),
('backend-engineer', 'kubernetes', 'CORE', 'S002'),
('backend-engineer', 'express', 'SECONDARY', 'S002'),
('backend-engineer', 'fastapi', 'SECONDARY', 'S002'),
('backend-engineer', 'flask', 'SECONDARY', 'S003'),
('backend-engineer', 'dotnet', 'SECONDARY', 'S002'),
('backend-engineer', 'graphql', 'SECONDARY', 'S002'),
('backend-engineer', 'mysql', 'SECONDARY', 'S002'),
('backend-engineer', 'mongodb', 'SECONDARY', 'S002'),
('backend-engineer', 'redis', 'SECONDARY', 'S002'),
('backend-engineer', 'kafka', 'SECONDARY', 'S000'),
('backend-engineer', 'prometheus', 'SECONDARY', 'S000'),
('backend-engineer', 'grafana', 'SECONDARY', 'S000'),
('backend-engineer', 'aws', 'SECONDARY', 'S002'),
('backend-engineer', 'gcp', 'SECONDARY', 'S002'),
('backend-engineer', 'azure', 'SECONDARY', 'S002'),
('backend-engineer', 'git', 'SECONDARY', 'S000'),
('backend-engineer', 'jira', 'SECONDARY', 'S000'),
('backend-engineer', 'jetbrains-ides', 'SECONDARY', 'W16'),
('backend-engineer', 'vs-code', 'SECONDARY', 'W16'),
('backend-engineer', 'postman', 'SECONDARY', 'W16'),
('backend-engineer', 'swagger', 'SECONDARY', 'W16'),
('backend-engineer', 'dbeaver', 'SECONDARY', 'W16'),
('backend-engineer', 'heroku', 'SECONDARY', 'W16');

insert into role_language (role_slug, language_slug, importance, source_code) values
('backend-engineer', 'java', 'CORE', 'S000'),
('backend-engineer', 'python', 'CORE', 'S000'),
('backend-engineer', 'go', 'CORE', 'S000'),
('backend-engineer', 'javascript-typescript', 'SECONDARY', 'S000'),
('backend-engineer', 'csharp', 'SECONDARY', 'S000'),
('backend-engineer', 'ruby', 'SECONDARY', 'S002'),
('backend-engineer', 'sql', 'SECONDARY', 'S003');

insert into role_workflow (role_slug, position, name) values
('backend-engineer', 1, 'Agile development'),
('backend-engineer', 2, 'Code reviews'),
('backend-engineer', 3, 'Designing microservices'),
('backend-engineer', 4, 'Building RESTful APIs'),
('backend-engineer', 5, 'Shipping through CI/CD pipelines');

insert into role_theory (role_slug, position, name) values
('backend-engineer', 1, 'Software-engineering principles'),
('backend-engineer', 2, 'System-design patterns'),
('backend-engineer', 3, 'Database theory'),
('backend-engineer', 4, 'Network protocols and load balancing');

insert into role_use_case (role_slug, position, title, example) values
('backend-engineer', 1, 'Scalable web APIs', 'A REST API that a mobile app calls for every screen it shows'),
('backend-engineer', 2, 'Microservices', 'An application split into small services that Kubernetes scales one by one'),
('backend-engineer', 3, 'Billing and authentication systems', 'The sign-in and payment services that every customer passes through'),
('backend-engineer', 4, 'Database design and tuning', 'Reworking a cloud database so it keeps up as the load grows'),
('backend-engineer', 5, 'Cloud-based services and deployment', 'Running services on AWS, Google Cloud or Azure and wiring them into a continuous-deployment pipeline, with high availability and security across the stack'),
('backend-engineer', 6, 'Background jobs and workers', 'Workers that take slow tasks off the request path and finish them in the background');

insert into role_collaborator (role_slug, position, name) values
('backend-engineer', 1, 'Frontend developers'),
('backend-engineer', 2, 'DevOps teams'),
('backend-engineer', 3, 'QA and security specialists');

insert into role_best_for (role_slug, position, text) values
('backend-engineer', 1, 'Engineers who enjoy designing complex systems and working through hard problems'),
('backend-engineer', 2, 'People who care about performance, scale and reliability'),
('backend-engineer', 3, 'Developers who would rather work with data, APIs and infrastructure than with models'),
('backend-engineer', 4, 'Those who want to build the core services an application runs on');

insert into salary_figure (role_slug, position, basis, amount_usd, low_usd, high_usd, range_label, region, period,
                           label, note, headline, source_code) values
('backend-engineer', 1, 'BASE_RANGE', null, 100000, 180000, 'base salary band', 'US', 'no date given by the source',
 'Base salary band of backend engineers, as seed document 000 states it',
 'A claim of the seed document, with no year or primary source; the BLS median for software developers below falls inside it.', true, 'S000'),
('backend-engineer', 2, 'MEDIAN', 133080, 79850, 211450, '10th to 90th percentile', 'US', 'May 2024',
 'Median annual wage of software developers (BLS), with the 10th and 90th percentiles',
 'The BLS has no occupation for backend engineers; software developers is the occupation that includes them, so the figure is a proxy.', false, 'W4'),
('backend-engineer', 3, 'MEDIAN', 132270, null, null, null, 'US', 'May 2023',
 'Median annual wage of software developers (BLS)',
 'The same proxy occupation one year earlier, from the BLS handbook itself.', false, 'W1'),
('backend-engineer', 4, 'AVERAGE', 166512, null, null, null, 'US', 'guide dated 2025-06-26',
 'Average pay of software engineers on Levels.fyi, as roadmap.sh reports it',
 'Covers software engineers of every specialism, not backend engineers alone, and the guide does not say whether it is base salary or total compensation.', false, 'W17');

insert into role_company (role_slug, company_slug, position, source_code) values
('backend-engineer', 'google', 1, 'S000'),
('backend-engineer', 'amazon', 2, 'S000'),
('backend-engineer', 'microsoft', 3, 'S000'),
('backend-engineer', 'meta', 4, 'S000'),
('backend-engineer', 'netflix', 5, 'S000'),
('backend-engineer', 'stripe', 6, 'S000');

insert into role_career_step (role_slug, position, title, source_code) values
('backend-engineer', 1, 'Senior Backend Engineer', 'S000'),
('backend-engineer', 2, 'Principal Backend Engineer', 'S000'),
('backend-engineer', 3, 'Solutions Architect', 'S000');

insert into role_fact (role_slug, position, topic, text, source_code) values
('backend-engineer', 1, 'INDUSTRY_DEMAND',
 'The BLS projects employment of software developers, quality assurance analysts and testers to grow 15% from 2024 to 2034; the group''s median wage was $131,450.', 'W8'),
('backend-engineer', 2, 'INDUSTRY_DEMAND',
 'In May 2024, 1,654,440 people were employed as software developers in the US, with a mean annual wage of $144,570 (BLS OEWS).', 'W4');

insert into role_note (role_slug, topic, note) values
('backend-engineer', 'SALARY',
 'No Indeed figure for backend engineers was found in the stored sources, so the BLS software developer occupation stands in for the role alongside the seed''s band.'),
('backend-engineer', 'CAREER_PROGRESSION',
 'The seed lists the senior steps only. From Senior Backend Engineer the technical track leads to Principal Backend Engineer; Solutions Architect is the alternative route.');
