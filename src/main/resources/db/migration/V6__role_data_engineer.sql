-- Data Engineer: facts from seed S003 (with mentions in S000 and S002) and the fact sheet's web sources
-- (W2, W9, W11, W20, W28); prose in our own words.

insert into role (slug, name, short_name, display_order, headline, summary, primary_focus, key_responsibility,
                  typical_deliverable, definition_note) values
('data-engineer', 'Data Engineer', 'Data Engineer', 3,
 'Builds the pipelines, warehouses and lakes that turn scattered raw data into datasets people can trust',
 'Data engineers design, build and run the systems that collect data from many sources, clean and reshape it, and store it where others can use it. Their pipelines feed analysts, data scientists and ML engineers, so the quality and availability of everyone else''s data depends on them. The role sits where software development meets data systems: it takes solid programming and a feel for system design and architecture, but little of the statistics that modelling roles need.',
 'Data infrastructure and pipelines',
 'Building dependable data systems',
 'Clean, structured datasets that others can reach and use',
 null);

insert into role_text (role_slug, topic, body) values
('data-engineer', 'RESPONSIBILITIES',
 'A data engineer builds and maintains pipelines of every kind, from nightly batch loads to streaming, integration and cloud-native flows, and designs the data lakes and warehouses those pipelines fill. They manage relational and NoSQL databases, write the ETL processes that merge messy sources into one consistent dataset, and build systems that react to real-time events. Data governance belongs to them as well: validation and integrity checks, compliance with privacy law, and keeping sensitive records away from people without clearance. What they hand over is clean, structured data that data scientists and ML engineers can use without cleaning it again.'),
('data-engineer', 'THEORY',
 'The foundations are those of databases and distributed systems rather than of statistics. Database design and data modelling, from entity-relationship diagrams to the star schemas of a warehouse, decide whether a query answers in seconds or in hours. Distributed-systems basics such as the CAP theorem explain what a cluster can promise when part of its network fails. Knowing how warehouses, data marts and data lakes differ tells an engineer where each kind of data should live.'),
('data-engineer', 'PROJECTS',
 'A typical project is an IoT pipeline: devices in the field publish readings to a messaging system such as Apache Kafka, an ETL step converts their different formats, and the result lands in a database. Another is the set of ETL pipelines that pull customer transactions, web analytics and CRM records into one place so a churn analysis can begin. Apache Spark handles the heavy transformations, Apache Airflow schedules them, and Snowflake or Amazon Redshift holds the tables analysts query.'),
('data-engineer', 'ONBOARDING',
 'A common first project is a small ETL pipeline scheduled with Apache Airflow, which touches extraction, transformation and loading in one go. From there the list grows long: Python and SQL, a processing engine such as Apache Spark, a streaming system, warehouses, and the data services of at least one cloud. The usual backgrounds are computer science, computer engineering or software engineering, and the role rewards strong programming together with knowledge of system design and architecture.'),
('data-engineer', 'DOCUMENTATION',
 'Knowledge is spread over many owners. Apache Spark, Apache Kafka and Apache Airflow each keep their own project documentation, while Snowflake, Databricks and the managed services of AWS, Google Cloud and Azure document their products separately. Community resources such as the roadmap.sh data engineer roadmap exist largely to connect these pieces into one learning route.'),
('data-engineer', 'TOOLING_ECOSYSTEM',
 'The toolbox is large and layered. Processing engines (Apache Spark, Apache Hadoop), streaming (Apache Kafka), orchestration and transformation (Apache Airflow, dbt), warehouses (Snowflake, Google BigQuery, Amazon Redshift) and lakes on cloud object storage all have to fit together. On top come each cloud''s managed services, such as AWS Glue for ETL, and the usual engineering tools: Git, Docker and CI services such as GitHub Actions.'),
('data-engineer', 'ERGONOMICS',
 'Much of the day is spent writing transformations in Python and SQL and then watching scheduled jobs run. A pipeline that works on a sample can still fail on a full day of production data, so debugging often means reading logs from a cluster rather than stepping through code on a laptop. When a nightly load breaks, analysts and data scientists feel it the next morning, so keeping scheduled jobs healthy is a daily concern.'),
('data-engineer', 'SCALABILITY',
 'Data volumes grow faster than any single machine, so data engineering scales out. Apache Spark spreads processing over a cluster, Apache Kafka partitions streams across brokers, and cloud warehouses such as Snowflake and Google BigQuery separate storage from compute so each can grow on its own. Object storage for data lakes takes in raw files in their original formats without a fixed schema.'),
('data-engineer', 'SPEED',
 'Speed here is about how fresh the data is and how quickly it can be queried. Batch jobs in Apache Spark process large volumes in one pass, while streaming pipelines built on Apache Kafka deliver events within moments of their arrival. Good dimensional models in the warehouse keep analysts'' queries short, however much data sits underneath.'),
('data-engineer', 'RELIABILITY',
 'A pipeline is only reliable if its output can be trusted, so data engineers build validation and integrity checks into every stage. Apache Airflow schedules jobs, retries failed tasks and shows which run broke, and monitoring with Datadog tracks the jobs and the infrastructure under them. Pipeline code goes through version control and CI with GitHub Actions like any other software.'),
('data-engineer', 'ECOSYSTEM',
 'The core is open source and mostly from the Apache Software Foundation: Apache Spark, Apache Kafka, Apache Airflow and Apache Hadoop, joined by dbt for transformations. Commercial platforms such as Snowflake and Databricks build on that base, and each cloud adds its own warehouses and ETL services, from Amazon Redshift and AWS Glue to Google BigQuery. Python, SQL and Scala are the languages that connect them.'),
('data-engineer', 'TOOL_COSTS',
 'The processing and orchestration layer costs nothing to license: Apache Spark, Apache Kafka, Apache Airflow and Apache Hadoop are under the Apache 2.0 licence, as is dbt Core. The spending starts with managed platforms. Snowflake bills compute in credits priced by edition and region with storage on top, Databricks charges per unit of compute used on top of the cloud provider''s bill, and Google BigQuery charges by the data a query processes unless a team buys capacity.'),
('data-engineer', 'INFRASTRUCTURE_COSTS',
 'The bill follows the data. Lake storage on services such as Amazon S3 is paid per gigabyte stored and per request, warehouses charge for the queries or the capacity they run, and Spark clusters cost compute for as long as they run. Pipelines that reprocess everything each night, or clusters left idling between jobs, add to these costs without adding value.'),
('data-engineer', 'DEVELOPMENT_TOOLS',
 'Everyday development tools are largely free: Python, Git and Docker Engine are all open source. Hosted CI is free in part, GitHub Actions for example on public repositories and self-hosted runners, with paid minutes beyond the allowance for private ones. Monitoring with Datadog is paid per host plus metered extras such as log ingestion.'),
('data-engineer', 'IDEAL_FOR',
 'Engineers who want to build data infrastructure that holds up and grows, and who get satisfaction from a faster, leaner pipeline. It suits people with strong programming skills and an interest in system design, who care whether the data is correct and easy to reach more than what a model later makes of it.'),
('data-engineer', 'INDUSTRY_DEMAND',
 'Demand has risen with AI, because every model and dashboard needs data that someone has collected and cleaned. Healthcare, technology, finance and retail all hire data engineers, and large technology firms pay well for work on infrastructure at scale. Among the companies with the most people in data roles are IBM, Amazon and Microsoft.'),
('data-engineer', 'PROJECT_REQUIREMENTS',
 'Choose this toolkit when the hard part of a project is getting data in, cleaning it and storing it at volume: ETL from many sources, a warehouse or lake, or real-time streams. Such projects call for Apache Spark for processing, Apache Kafka for streams, Apache Airflow for scheduling and a warehouse such as Snowflake, with SQL and Python throughout.'),
('data-engineer', 'CHOOSE_IF',
 'you care most about data architecture and data quality, and would rather build the pipelines and databases that feed models than the models themselves'),
('data-engineer', 'PICK_ADVICE',
 'This is the path for people who like building large systems and making sure the data flowing through them arrives complete and on time. Strong programming and an eye for architecture matter more here than statistics. If you catch yourself wanting to analyse the data rather than move it, data science or ML engineering will probably suit you better.'),
('data-engineer', 'WHEN_TO_HIRE',
 'Hire a data engineer when your data lives in many systems and formats and your analysts or data scientists spend their time gathering and cleaning it. They set up the pipelines, warehouse or lake that give everyone one dependable source, and they give later machine learning work data it can rely on.'),
('data-engineer', 'WHY_LOOK_BEYOND',
 'Some data engineers tire of delivering data for others to explore and want to ask the questions themselves, which points to data science. Others want to build models on the data they prepare and move towards ML engineering. Those who enjoy the clusters, deployments and automation more than the data itself often end up in DevOps.');

insert into role_skill (role_slug, skill_slug, importance, source_code) values
('data-engineer', 'data-engineering', 'CORE', 'S003'),
('data-engineer', 'data-pipelines', 'CORE', 'S003'),
('data-engineer', 'etl', 'CORE', 'S003'),
('data-engineer', 'data-warehousing', 'CORE', 'S003'),
('data-engineer', 'distributed-data-processing', 'CORE', 'S003'),
('data-engineer', 'database-management', 'CORE', 'S003'),
('data-engineer', 'data-quality', 'CORE', 'S003'),
('data-engineer', 'data-modelling', 'CORE', 'W11'),
('data-engineer', 'cloud-computing', 'CORE', 'W11'),
('data-engineer', 'data-lakes', 'SECONDARY', 'W11'),
('data-engineer', 'stream-processing', 'SECONDARY', 'W11'),
('data-engineer', 'data-governance', 'SECONDARY', 'W11'),
('data-engineer', 'linux-scripting', 'SECONDARY', 'W11'),
('data-engineer', 'performance-tuning', 'SECONDARY', 'S003'),
('data-engineer', 'problem-solving', 'SECONDARY', 'S003'),
('data-engineer', 'cross-team-collaboration', 'SECONDARY', 'W11'),
('data-engineer', 'distributed-systems-design', 'SECONDARY', 'W20'),
('data-engineer', 'version-control', 'SECONDARY', 'W20'),
('data-engineer', 'ci-cd', 'SECONDARY', 'W20'),
('data-engineer', 'containers', 'SECONDARY', 'W20'),
('data-engineer', 'infrastructure-as-code', 'SECONDARY', 'W20'),
('data-engineer', 'monitoring-observability', 'SECONDARY', 'W20');

insert into role_tool (role_slug, tool_slug, importance, source_code) values
('data-engineer', 'spark', 'CORE', 'S003'),
('data-engineer', 'kafka', 'CORE', 'S003'),
('data-engineer', 'airflow', 'CORE', 'S003'),
('data-engineer', 'snowflake', 'CORE', 'W11'),
('data-engineer', 'databricks', 'CORE', 'W11'),
('data-engineer', 'data-lake-storage', 'CORE', 'W11'),
('data-engineer', 'dbt', 'SECONDARY', 'W20'),
('data-engineer', 'hadoop', 'SECONDARY', 'W20'),
('data-engineer', 'aws-glue', 'SECONDARY', 'W20'),
('data-engineer', 'redshift', 'SECONDARY', 'W11'),
('data-engineer', 'bigquery', 'SECONDARY', 'W11'),
('data-engineer', 'postgresql', 'SECONDARY', 'W11'),
('data-engineer', 'mysql', 'SECONDARY', 'W11'),
('data-engineer', 'sql-server', 'SECONDARY', 'W11'),
('data-engineer', 'mongodb', 'SECONDARY', 'W11'),
('data-engineer', 'redis', 'SECONDARY', 'W11'),
('data-engineer', 'dynamodb', 'SECONDARY', 'W11'),
('data-engineer', 'cassandra', 'SECONDARY', 'W20'),
('data-engineer', 'elasticsearch', 'SECONDARY', 'W20'),
('data-engineer', 'aws', 'SECONDARY', 'W11'),
('data-engineer', 'gcp', 'SECONDARY', 'W11'),
('data-engineer', 'azure', 'SECONDARY', 'W11'),
('data-engineer', 'docker', 'SECONDARY', 'W20'),
('data-engineer', 'kubernetes', 'SECONDARY', 'W20'),
('data-engineer', 'github-actions', 'SECONDARY', 'W20'),
('data-engineer', 'gitlab-ci', 'SECONDARY', 'W20'),
('data-engineer', 'circleci', 'SECONDARY', 'W20'),
('data-engineer', 'argo-cd', 'SECONDARY', 'W20'),
('data-engineer', 'datadog', 'SECONDARY', 'W20'),
('data-engineer', 'git', 'SECONDARY', 'W20');

insert into role_language (role_slug, language_slug, importance, source_code) values
('data-engineer', 'python', 'CORE', 'W11'),
('data-engineer', 'sql', 'CORE', 'S003'),
('data-engineer', 'scala', 'SECONDARY', 'W11'),
('data-engineer', 'java', 'SECONDARY', 'W11'),
('data-engineer', 'bash', 'SECONDARY', 'W11'),
('data-engineer', 'r', 'SECONDARY', 'W11'),
('data-engineer', 'go', 'SECONDARY', 'W20');

insert into role_workflow (role_slug, position, name) values
('data-engineer', 1, 'Building batch and streaming data pipelines'),
('data-engineer', 2, 'Designing data lakes and warehouses'),
('data-engineer', 3, 'Developing and maintaining ETL processes'),
('data-engineer', 4, 'Managing and optimising databases'),
('data-engineer', 5, 'Processing real-time data streams'),
('data-engineer', 6, 'Applying data governance, privacy and security checks');

insert into role_theory (role_slug, position, name) values
('data-engineer', 1, 'Database design and data modelling'),
('data-engineer', 2, 'Distributed systems and the CAP theorem'),
('data-engineer', 3, 'Data warehousing concepts: warehouses, data marts and data lakes');

insert into role_use_case (role_slug, position, title, example) values
('data-engineer', 1, 'IoT data pipelines', 'Field devices publish readings to a messaging system; the pipeline converts their formats and stores them in a database'),
('data-engineer', 2, 'Data warehouses for analytics', 'Bringing transactions, web analytics and CRM records into Amazon Redshift, Google BigQuery or Snowflake so analysts query one place'),
('data-engineer', 3, 'Data lakes', 'Keeping raw structured and unstructured data in its original formats on Amazon S3, Azure Data Lake or Google Cloud Storage'),
('data-engineer', 4, 'ETL that feeds data science', 'The pipelines that collect and clean customer data before a churn analysis can start'),
('data-engineer', 5, 'Real-time data streaming', 'Events carried through Apache Kafka or a cloud publish-and-subscribe service and processed as they arrive'),
('data-engineer', 6, 'Training data for machine learning', 'Clean, structured datasets that ML engineers and data scientists train and evaluate models on');

insert into role_collaborator (role_slug, position, name) values
('data-engineer', 1, 'Machine learning engineers'),
('data-engineer', 2, 'Data scientists'),
('data-engineer', 3, 'Data analysts');

insert into role_best_for (role_slug, position, text) values
('data-engineer', 1, 'People who want to build data infrastructure that is sturdy and grows with the data'),
('data-engineer', 2, 'Problem-solvers who like making data workflows faster and leaner'),
('data-engineer', 3, 'Engineers drawn to the meeting point of software development and data systems'),
('data-engineer', 4, 'Those who care that data is correct and easy to reach');

insert into salary_figure (role_slug, position, basis, amount_usd, low_usd, high_usd, range_label, region, period,
                           label, note, headline, source_code) values
('data-engineer', 1, 'AVERAGE', 125758, 82340, 192069, 'range of advertised salaries', 'US', 'guide dated 2025-03-24',
 'Average salary of data engineers advertised on Indeed, as roadmap.sh reports it',
 'The seeds give no salary for data engineers, so this job-board average is the headline.', true, 'W11'),
('data-engineer', 2, 'MEDIAN', 135980, null, null, null, 'US', 'May 2024',
 'Median annual wage of database architects (BLS)',
 'The BLS has no occupation for data engineers. Database architects is the nearest official one, so the figure is a proxy.', false, 'W2'),
('data-engineer', 3, 'MEDIAN', 65000, null, null, null, 'Global', '2020 survey',
 'Median salary of data engineers in the Stack Overflow developer survey',
 'A worldwide median from respondents in 186 countries, so it sits far below the US figures; the survey is from 2020.', false, 'W9');

insert into role_company (role_slug, company_slug, position, source_code) values
('data-engineer', 'ibm', 1, 'W28'),
('data-engineer', 'amazon', 2, 'W28'),
('data-engineer', 'microsoft', 3, 'W28'),
('data-engineer', 'meta', 4, 'W28'),
('data-engineer', 'oracle', 5, 'W28'),
('data-engineer', 'google', 6, 'W28'),
('data-engineer', 'apple', 7, 'W28');

insert into role_career_step (role_slug, position, title, source_code) values
('data-engineer', 1, 'Junior Data Engineer', 'W11'),
('data-engineer', 2, 'Data Engineer', 'W11'),
('data-engineer', 3, 'Senior Data Engineer', 'W11'),
('data-engineer', 4, 'Data Architect', 'W11'),
('data-engineer', 5, 'Senior Data Architect', 'W11');

insert into role_fact (role_slug, position, topic, text, source_code) values
('data-engineer', 1, 'INDUSTRY_DEMAND',
 'Database administrators and architects, the nearest BLS group, held 144,900 jobs in 2024, and the BLS projects the group to grow 4% from 2024 to 2034.', 'W2');

insert into role_note (role_slug, topic, note) values
('data-engineer', 'HIRING_COMPANIES',
 'These are the companies with the most staff in data roles (data scientists, data engineers, data architects and similar titles) in a Diffbot study, listed in that order, with Meta counted under its former name Facebook. They are counts of people already employed, not open positions, and the article shows no date.'),
('data-engineer', 'THEORY',
 'The seeds give no list of theory for data engineers. These foundations are the topics that the roadmap.sh data engineer guide and roadmap cover.'),
('data-engineer', 'SALARY',
 'No seed gives a salary for data engineers. The figures measure different things: an average of advertised salaries, the median of the nearest official occupation, and a worldwide survey median.');
