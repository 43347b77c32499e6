-- The fifteen pairs of roles, each stored once with the role of lower display order first; the notes the
-- ML Engineer and Backend Engineer pair adds from seeds S000 and S002; and the editorial ranking of
-- alternatives to the ML Engineer from seed S003. Facts from the seeds and the fact sheet; prose in our own words.

insert into role_pair (first_slug, second_slug, difference) values
('ml-engineer', 'backend-engineer',
 'An ML engineer builds the parts of a product that learn from data: models trained in TensorFlow or PyTorch, tracked in MLflow and served as prediction services. A backend engineer builds the server-side core those services plug into, meaning the APIs, databases and business logic, written in languages such as Go, Java or Python with frameworks like Spring Boot or Django. The two meet where a model joins the application: the ML engineer wires the model in, and the backend engineer answers for the performance, scaling and security of everything around it. Both package their services with Docker and run them on Kubernetes, so deployment skills carry over in either direction.'),
('ml-engineer', 'data-engineer',
 'A data engineer designs and runs the pipelines and stores that keep data available, reliable and efficient to use, with Apache Spark, Apache Kafka, Apache Airflow and SQL warehouses. An ML engineer consumes that work, since the clean, structured datasets a data engineer delivers become the training and feature data for models the ML engineer then deploys and maintains. The handover happens at the pipeline, which is why both roles know Apache Airflow and Apache Spark, but the data engineer stops where the model begins. Someone moving between the two keeps the pipeline skills and trades model training for warehousing and ETL, or the other way round.'),
('ml-engineer', 'devops-engineer',
 'A DevOps engineer automates how any software is built, tested, released and run, with Jenkins or GitHub Actions for CI/CD, Docker and Kubernetes for containers, and AWS, Google Cloud or Azure underneath. An ML engineer solves the same delivery problems for one kind of software, machine learning models, and adds what is peculiar to them: training pipelines, model versions in MLflow and monitoring for drift. The DevOps engineer often supplies the clusters and release pipelines that ML services are deployed onto, so the two share Docker, Kubernetes and Terraform. The difference is scope, general infrastructure and process for every team on one side, and the lifecycle of models on the other.'),
('ml-engineer', 'data-scientist',
 'A data scientist explores data, forms hypotheses and builds experimental predictive models, typically in Python with Pandas, scikit-learn and Jupyter notebooks or in R, then explains what the results mean for the business. An ML engineer takes the models that prove their worth and makes them production services that are containerised, deployed, monitored and retrained. Both train models, often in PyTorch or TensorFlow, so the line runs between experiment and operation rather than between tools. A typical handover is a validated model and its notebook passing from the data scientist to the ML engineer, with what production reveals flowing back.'),
('ml-engineer', 'ai-engineer',
 'These two toolkits overlap heavily: both build on PyTorch and TensorFlow and share the mathematics of machine learning. The ML engineer concentrates on machine learning models and on running them dependably in production, while the AI engineer, in the research-leaning sense this catalogue uses, ranges into natural language processing, computer vision and robotics and puts more weight on research and new algorithms. A new method or prototype system from an AI engineer is the kind of thing an ML engineer can then harden, deploy and monitor at scale. In the job market the AI engineer title also names applied work, where the AI engineer builds a product around pre-trained models and LLM APIs and the ML engineer is the one who designs, trains and optimises models.'),
('backend-engineer', 'data-engineer',
 'A backend engineer builds the services and APIs an application runs on and designs the operational databases behind them, such as PostgreSQL or Redis, tuned for many small, fast requests. A data engineer moves that data onward, extracting it from those databases and event streams, transforming it with Apache Spark or dbt and loading it into warehouses such as Snowflake or BigQuery for analysts and ML teams. They meet at the data the application produces, often carried by Apache Kafka, which both roles use, and in shared SQL and schema design. The backend engineer optimises for the latency users feel, the data engineer for large batch and streaming flows that must arrive complete and on time.'),
('backend-engineer', 'devops-engineer',
 'A backend engineer writes the application itself: server-side logic, APIs and database access in Java, Go or Python, with frameworks such as Spring Boot or Django. A DevOps engineer builds the road that code travels to production and keeps the platform under it healthy, with CI/CD in Jenkins or GitHub Actions, infrastructure defined in Terraform and monitoring through Prometheus and Grafana. Both work daily with Docker and Kubernetes, and backend teams are among the people a DevOps engineer serves most: one hands over a service, the other automates how it is built, deployed and observed. The backend engineer is judged on what the service does and how quickly it answers, the DevOps engineer on how smoothly and safely every service ships.'),
('backend-engineer', 'data-scientist',
 'A backend engineer builds production services, APIs and databases that have to answer requests quickly and securely, day and night. A data scientist works before anything reaches production, analysing data in Python with Pandas and scikit-learn or in R, running experiments and reporting insights and experimental models, often from a Jupyter notebook. Beyond Python, SQL and databases such as PostgreSQL their toolkits hardly overlap, and they meet when a finding or a model has to reach users, which usually goes through an ML engineer and then an API the backend engineer exposes. The backend engineer is measured by uptime and latency, the data scientist by how well an analysis answers the question it was asked.'),
('backend-engineer', 'ai-engineer',
 'A backend engineer builds the dependable server-side systems of an application, its APIs, databases and business logic, with performance, scaling and security as the main concerns. An AI engineer, in the research-leaning sense this catalogue uses, invents AI methods for language, vision or robotics in PyTorch or TensorFlow and builds them into intelligent systems. Apart from Python their toolkits share little, and they meet when an AI system has to be offered to users through the services and APIs a backend engineer builds. Under the market meaning of the title, where an AI engineer connects hosted models such as the OpenAI API to a product, the two sit closer, since both build product features around services, one around its own APIs and databases, the other around a model.'),
('data-engineer', 'devops-engineer',
 'A data engineer builds pipelines and data stores, ingesting, transforming and loading data with Apache Spark, Apache Kafka and Apache Airflow into warehouses and lakes. A DevOps engineer builds and runs the delivery machinery and infrastructure every team depends on: CI/CD, Docker images and Kubernetes clusters, Terraform and monitoring. They share a good deal of ground, since data platforms are deployed with the same containers, CI/CD tools such as GitHub Actions and cloud services, and a DevOps engineer often provisions the clusters a data engineer''s jobs run on. The data engineer answers for the correctness and freshness of the data, the DevOps engineer for the reliability of the systems and of the release process.'),
('data-engineer', 'data-scientist',
 'A data engineer builds the pipelines, warehouses and lakes that collect and clean data, using Apache Spark, Apache Kafka, Apache Airflow and SQL. A data scientist uses that prepared data to explore, test hypotheses and build predictive models with Python, Pandas and scikit-learn or with R, and then communicates what the data shows. The handover is the clean, accessible dataset: the data engineer delivers it, the data scientist depends on it, and any quality problem upstream surfaces directly in the analysis. Both write Python and SQL, but the data engineer thinks in systems and throughput, the data scientist in statistics and questions.'),
('data-engineer', 'ai-engineer',
 'A data engineer builds the infrastructure that makes data available and reliable: pipelines in Apache Spark, Apache Kafka and Apache Airflow, and the warehouses and lakes that hold the results. An AI engineer, in the research-leaning sense this catalogue uses, designs new algorithms for language, vision or robotics and builds them into intelligent systems with PyTorch or TensorFlow. The link between them is data, because new AI methods need large, carefully prepared training sets, and producing those at scale is pipeline work of the kind a data engineer does. Beyond Python, their daily tools hardly overlap.'),
('devops-engineer', 'data-scientist',
 'A DevOps engineer automates the delivery and operation of software, with CI/CD pipelines in Jenkins or GitHub Actions, containers in Docker and Kubernetes, and cloud infrastructure defined in Terraform. A data scientist analyses data and builds experimental models with Python, Pandas, scikit-learn or R in Jupyter notebooks, and presents what the data shows to the business. Their toolkits share little: one is about systems that run reliably, the other about answering questions with statistics. They meet mostly indirectly, when a data scientist''s model heads for production and the pipelines and infrastructure a DevOps engineer maintains carry it there, usually by way of an ML engineer.'),
('devops-engineer', 'ai-engineer',
 'A DevOps engineer builds and runs general-purpose delivery and infrastructure: CI/CD in Jenkins or GitHub Actions, Docker and Kubernetes, Terraform and monitoring across AWS, Google Cloud or Azure. An AI engineer, in the research-leaning sense this catalogue uses, works at the research end of software, designing new AI algorithms and building them into intelligent systems with PyTorch and TensorFlow. Their toolkits barely overlap, and they meet when an AI system leaves the lab, since GPU clusters, container images and release pipelines for models rest on the same infrastructure skills a DevOps engineer applies to any service. The DevOps engineer values predictable, repeatable operation, the AI engineer exploration whose outcome nobody can promise in advance.'),
('data-scientist', 'ai-engineer',
 'A data scientist analyses data to answer questions and builds predictive models as experiments, in Python with Pandas and scikit-learn or in R, and explains the findings to the people who decide. An AI engineer, in the research-leaning sense this catalogue uses, also experiments, but aims at new AI algorithms and intelligent systems for language, vision or robotics that are meant to run as working systems. Both are research-minded, both may use PyTorch or TensorFlow, and both lean on mathematics, so the line runs between insight for a business and new AI capability. A data scientist is usually judged by the decisions an analysis informs, an AI engineer by whether a new method beats what existed before.');

insert into pair_note (first_slug, second_slug, section, position, body, source_code) values
-- At a glance
('ml-engineer', 'backend-engineer', 'AT_A_GLANCE', 1,
 'Both roles call for several programming languages and at least one cloud platform. What separates them is the centre of the toolkit: modelling frameworks like TensorFlow and MLOps tooling like MLflow for the ML engineer, and frameworks for building and running scalable server infrastructure, Spring Boot and Node.js among them, for the backend engineer.', 'S000'),
('ml-engineer', 'backend-engineer', 'AT_A_GLANCE', 2,
 'In responsibilities, the ML engineer works on the algorithms that make a product intelligent and on the data they learn from, while the backend engineer works on how the system is built and how well it performs.', 'S002'),
('ml-engineer', 'backend-engineer', 'AT_A_GLANCE', 3,
 'The theory behind each role differs as well. ML engineering leans on mathematics, while backend engineering leans on system design and performance.', 'S002'),
-- Cost
('ml-engineer', 'backend-engineer', 'COST', 1,
 'Both roles need a high level of expertise, but they answer different market needs and carry different running costs. Seed document 000 puts the ML engineer''s higher base band, $160k to $250k against $100k to $180k for backend engineers, down to the complexity of machine learning and the demand for specialists in it.', 'S000'),
('ml-engineer', 'backend-engineer', 'COST', 2,
 'In the view of seed document 000, backend work runs at a lower operating cost because it relies on mature, widely adopted open-source tools. That is the document''s opinion, not a measured comparison. Either way, both roles spend heavily on cloud services, in proportion to the scale and the services a team uses.', 'S000'),
('ml-engineer', 'backend-engineer', 'COST', 3,
 'Which of the two an organisation invests in depends above all on its strategic focus and on the projects it has in hand.', 'S000'),
-- Developer experience
('ml-engineer', 'backend-engineer', 'DEVELOPER_EXPERIENCE', 1,
 'Backend engineering is often seen as the smoother and more intuitive of the two to work in, helped by mature ecosystems and plentiful documentation. ML engineers work in a field that keeps moving, where they have to weigh new techniques against what can actually be built and run.', 'S000'),
-- Performance
('ml-engineer', 'backend-engineer', 'PERFORMANCE', 1,
 'Both toolkits care about scaling and reliability, but they get there in different ways. ML tooling puts computing power and the handling of large data first, while backend tooling puts first the fast, scalable processing of requests and the data they touch.', 'S000'),
-- Ecosystem
('ml-engineer', 'backend-engineer', 'ECOSYSTEM', 1,
 'Both ecosystems are mature, with strong support networks and large open-source contributions. Which one fits is a question of the project: building sophisticated machine learning models, or designing backend systems that scale efficiently.', 'S000'),
-- Use cases
('ml-engineer', 'backend-engineer', 'USE_CASES', 1,
 'ML engineers build the intelligent components of a product, such as a recommender or a fraud detector, while backend engineers build the architecture that supports those components and connects the application''s logic.', 'S002'),
('ml-engineer', 'backend-engineer', 'USE_CASES', 2,
 'In practice, ML engineers bring advanced analytics and automated decisions that turn data into something a business can act on. Backend engineers supply the reliability and performance underneath, so that users get a seamless experience and the data stays intact.', 'S000'),
('ml-engineer', 'backend-engineer', 'USE_CASES', 3,
 'Because applications increasingly tie systems and data together, the two toolkits often work as partners: one lets a business get the most out of its data, the other keeps the operational infrastructure solid.', 'S000'),
-- Overlap
('ml-engineer', 'backend-engineer', 'OVERLAP', 1,
 'The tech stacks split along the same line as the work. ML engineers reach for data science and AI tools, while backend engineers concentrate on web services, server performance and the design of APIs.', 'S002'),
('ml-engineer', 'backend-engineer', 'OVERLAP', 2,
 'Where the stacks do meet is in deployment and storage: backend systems are usually orchestrated with Kubernetes just as ML systems are, and PostgreSQL and MongoDB appear in both lists of databases.', 'S002'),
-- Verdict
('ml-engineer', 'backend-engineer', 'VERDICT', 1,
 'The choice should follow your career goals. If integrating machine learning into real applications is what drives you, the ML engineer path is rewarding and comes with the higher salary band of the two.', 'S000'),
('ml-engineer', 'backend-engineer', 'VERDICT', 2,
 'If you lean towards the foundations of software, keeping systems fast, robust and scalable, the backend engineer path opens a wide range of opportunities across many industries.', 'S000'),
('ml-engineer', 'backend-engineer', 'VERDICT', 3,
 'Both paths rest on a deep knowledge of software engineering principles, applied to different problems. For a closer look at the tooling of these roles, good starting points are Kubernetes for orchestrating containers and Apache Airflow for orchestrating workflows.', 'S000'),
-- When to hire
('ml-engineer', 'backend-engineer', 'WHEN_TO_HIRE', 1,
 'Hire an ML engineer when you are building a data-driven product, an AI feature or an automation tool and need intelligent models designed and integrated well. Hire a backend engineer when you need software infrastructure that is reliable, scalable and secure, powering the application behind the scenes.', 'S002'),
('ml-engineer', 'backend-engineer', 'WHEN_TO_HIRE', 2,
 'They also join different teams. An ML engineer works most closely with data scientists, data engineers and the product managers of AI features, while a backend engineer works alongside frontend developers, DevOps teams, and QA and security specialists.', 'S002');

insert into editorial_alternative (role_slug, alternative_slug, rank, source_code) values
('ml-engineer', 'data-engineer', 1, 'S003'),
('ml-engineer', 'data-scientist', 2, 'S003'),
('ml-engineer', 'devops-engineer', 3, 'S003'),
('ml-engineer', 'backend-engineer', 4, 'S003'),
('ml-engineer', 'ai-engineer', 5, 'S003');
