-- Machine Learning Engineer: facts from seeds S000, S002, S003 and the fact sheet; prose in our own words.

insert into role (slug, name, short_name, display_order, headline, summary, primary_focus, key_responsibility,
                  typical_deliverable, definition_note) values
('ml-engineer', 'Machine Learning Engineer', 'ML Engineer', 1,
 'Takes machine learning models from experiment to a dependable production service',
 'ML engineers sit between data science and software engineering. They prepare data, train and tune models, then package, deploy and watch them in production, so that predictions, classifications and detected patterns reach the people who use a product. The role is mathematical at its core and operational in its daily work.',
 'Deploying and running ML models in production',
 'Putting machine learning models into operation',
 'ML services that scale',
 null);

insert into role_text (role_slug, topic, body) values
('ml-engineer', 'RESPONSIBILITIES',
 'An ML engineer designs and builds models that predict outcomes, sort data into classes or spot patterns, and owns the road from raw data to a model in service: preprocessing, training, evaluation and optimisation. Much of the job is the engineering around the model, such as containerising it, orchestrating training and serving jobs, and wiring its predictions into the systems that consume them. They pair closely with data scientists, turning promising experiments into production services, and use statistics and algorithms to make decisions drawn from data better.'),
('ml-engineer', 'THEORY',
 'This is the most mathematical of the six toolkits. Linear algebra, probability and statistics, optimisation and the theory behind deep learning explain why a model behaves as it does, which settings are worth tuning, and how to catch overfitting or a biased training set before users do. Without that grounding, debugging a model that scores well offline and fails in production turns into guesswork.'),
('ml-engineer', 'PROJECTS',
 'Typical work includes recommendation engines, fraud detection, predictive analytics platforms, computer-vision tools and language applications. One engineer might ship an NLP model behind a customer-service chatbot; another builds the recommender that picks the next film on a streaming service. Each of these needs careful preprocessing and feature engineering, models trained and evaluated in TensorFlow or PyTorch, and a route to production through AWS SageMaker or a Kubernetes cluster.'),
('ml-engineer', 'ONBOARDING',
 'Getting started is demanding. A newcomer has to combine software engineering with statistical methods, then learn a long list of tools, from TensorFlow and PyTorch for modelling to MLflow for tracking experiments and versions. It usually takes months before someone is at ease across the whole lifecycle, from a notebook to a monitored service.'),
('ml-engineer', 'DOCUMENTATION',
 'Documentation is uneven. The big frameworks are well documented, but younger MLOps tools change quickly and their guides often trail the releases, so ML engineers rely on GitHub issues, community forums and example repositories to learn what currently works.'),
('ml-engineer', 'TOOLING_ECOSYSTEM',
 'The tooling is wide and moves fast: experiment trackers, model registries, feature stores and serving layers keep appearing as MLOps practice spreads. Managed platforms such as AWS SageMaker, Google Vertex AI and Azure Machine Learning bundle much of this and scale well, but each is one more large system for a newcomer to understand.'),
('ml-engineer', 'ERGONOMICS',
 'The working day swings between research and production. Exploring in a Jupyter notebook is quick, while turning that exploration into reproducible pipelines on cloud services takes discipline and coordination with other teams. When distributed training or serving fails, the fault is often hard to reproduce on a laptop and needs specialist debugging.'),
('ml-engineer', 'SCALABILITY',
 'Scaling machine learning means spreading training and inference over many machines. Kubernetes and Databricks help run jobs over large data sets, and distributed training and parallel computation let deep-learning models grow past what one server can hold.'),
('ml-engineer', 'SPEED',
 'Speed comes from optimised libraries and hardware. TensorFlow and PyTorch are built for efficient training and inference, and running deep-learning workloads on GPUs shortens computations that would take far longer on ordinary processors.'),
('ml-engineer', 'RELIABILITY',
 'A model that was accurate last month can drift as the data changes, so reliability here means monitoring models continuously and retraining them when they slip. MLflow keeps track of model versions and their metrics, and managed services such as AWS SageMaker keep deployments resilient when they are spread across machines.'),
('ml-engineer', 'ECOSYSTEM',
 'The ecosystem revolves around TensorFlow and PyTorch, each carried by a large open-source community with tutorials, forums and ready-made models. The big cloud providers add managed ML services, Amazon with SageMaker and Google with Vertex AI, and supporting tools such as Airflow for workflows and Kubernetes for deployment plug into most ML platforms.'),
('ml-engineer', 'TOOL_COSTS',
 'The modelling libraries at the heart of the toolkit, TensorFlow, PyTorch and scikit-learn, are free to use, as are MLflow and Jupyter. Money goes to managed platforms: Databricks bills per unit of compute used and SageMaker per instance-hour, on top of the underlying cloud resources.'),
('ml-engineer', 'INFRASTRUCTURE_COSTS',
 'Running models on Kubernetes brings hosting and cluster-management costs, and training on GPUs adds compute bills that grow with the size of the data and the models. Infrastructure as code with Terraform helps keep resources matched to the work instead of left running. At any serious scale the cloud bill is a significant line in the budget.'),
('ml-engineer', 'DEVELOPMENT_TOOLS',
 'Day-to-day development tools are mostly free and open source, with Jupyter notebooks at the centre of exploration. Costs appear when a team adopts a proprietary platform such as Databricks, which charges for use on top of the compute the cloud provider bills.'),
('ml-engineer', 'IDEAL_FOR',
 'Engineers with a solid base in both machine learning and software engineering who want to see models solve real problems for real users. It suits people who are willing to own a model long after the experiment is over: deploying it, watching it and retraining it, in whatever industry the data comes from.'),
('ml-engineer', 'INDUSTRY_DEMAND',
 'Demand is high as more companies build machine learning and AI into their products and operations. It is strongest at technology companies and in finance, healthcare and e-commerce, where predictions feed directly into revenue, risk and customer experience.'),
('ml-engineer', 'PROJECT_REQUIREMENTS',
 'Choose this toolkit when a project has to develop models and deploy them, run the data pipelines that feed them, and operate them with MLOps practices. Such projects ask for TensorFlow or PyTorch on the modelling side and MLflow, Docker and Kubernetes on the production side.'),
('ml-engineer', 'CHOOSE_IF',
 'you want to take machine learning models all the way into production and keep them performing there'),
('ml-engineer', 'PICK_ADVICE',
 'This is the path for people who enjoy both the mathematics of models and the engineering needed to run them: training and evaluating, then containerising, deploying and monitoring. If only one of those halves appeals to you, a neighbouring role will probably suit you better.'),
('ml-engineer', 'WHEN_TO_HIRE',
 'Hire an ML engineer when you are building a data-driven product, an AI feature or an automation tool and need models that are designed, trained and integrated with care. They turn a data scientist''s prototype into a service the rest of your system can call, and keep it accurate after launch.'),
('ml-engineer', 'WHY_LOOK_BEYOND',
 'The role mixes modelling with a large share of infrastructure and operations work, and not everyone wants both. Engineers drawn to the pipelines that feed models move towards data engineering; those who prefer research and experiments towards data science; those who care more about reliability and automation than about models towards DevOps or general software engineering. Others want a wider scope and take their programming and system-design skills to a neighbouring field.');

insert into role_skill (role_slug, skill_slug, importance, source_code) values
('ml-engineer', 'machine-learning-algorithms', 'CORE', 'S000'),
('ml-engineer', 'mlops', 'CORE', 'S000'),
('ml-engineer', 'deep-learning', 'CORE', 'S000'),
('ml-engineer', 'data-engineering', 'CORE', 'S000'),
('ml-engineer', 'cloud-computing', 'CORE', 'S000'),
('ml-engineer', 'data-preprocessing', 'CORE', 'S002'),
('ml-engineer', 'model-training-evaluation', 'CORE', 'S002'),
('ml-engineer', 'model-deployment', 'CORE', 'S003'),
('ml-engineer', 'model-monitoring', 'CORE', 'S000'),
('ml-engineer', 'probability-statistics', 'CORE', 'S002'),
('ml-engineer', 'containers', 'SECONDARY', 'S003'),
('ml-engineer', 'container-orchestration', 'SECONDARY', 'S003'),
('ml-engineer', 'feature-engineering', 'SECONDARY', 'S000'),
('ml-engineer', 'data-pipelines', 'SECONDARY', 'S000'),
('ml-engineer', 'ci-cd', 'SECONDARY', 'S000'),
('ml-engineer', 'infrastructure-as-code', 'SECONDARY', 'S000'),
('ml-engineer', 'natural-language-processing', 'SECONDARY', 'S000'),
('ml-engineer', 'computer-vision', 'SECONDARY', 'S000'),
('ml-engineer', 'predictive-modelling', 'SECONDARY', 'S002'),
('ml-engineer', 'linear-algebra', 'SECONDARY', 'S002'),
('ml-engineer', 'optimization', 'SECONDARY', 'S002'),
('ml-engineer', 'cross-team-collaboration', 'SECONDARY', 'S002'),
('ml-engineer', 'monitoring-observability', 'SECONDARY', 'W19'),
('ml-engineer', 'version-control', 'SECONDARY', 'W19');

insert into role_tool (role_slug, tool_slug, importance, source_code) values
('ml-engineer', 'tensorflow', 'CORE', 'S000'),
('ml-engineer', 'pytorch', 'CORE', 'S000'),
('ml-engineer', 'mlflow', 'CORE', 'S000'),
('ml-engineer', 'kubernetes', 'CORE', 'S002'),
('ml-engineer', 'docker', 'CORE', 'S003'),
('ml-engineer', 'jupyter', 'CORE', 'S002'),
('ml-engineer', 'airflow', 'CORE', 'S002'),
('ml-engineer', 'sagemaker', 'CORE', 'S000'),
('ml-engineer', 'scikit-learn', 'SECONDARY', 'S002'),
('ml-engineer', 'xgboost', 'SECONDARY', 'S002'),
('ml-engineer', 'databricks', 'SECONDARY', 'S000'),
('ml-engineer', 'terraform', 'SECONDARY', 'S000'),
('ml-engineer', 'vertex-ai', 'SECONDARY', 'S002'),
('ml-engineer', 'azure-ml', 'SECONDARY', 'S002'),
('ml-engineer', 'postgresql', 'SECONDARY', 'S002'),
('ml-engineer', 'bigquery', 'SECONDARY', 'S002'),
('ml-engineer', 'mongodb', 'SECONDARY', 'S002'),
('ml-engineer', 'data-lake-storage', 'SECONDARY', 'S002'),
('ml-engineer', 'kubeflow', 'SECONDARY', 'W19'),
('ml-engineer', 'spark', 'SECONDARY', 'W19'),
('ml-engineer', 'kafka', 'SECONDARY', 'W19'),
('ml-engineer', 'github-actions', 'SECONDARY', 'W19'),
('ml-engineer', 'grafana', 'SECONDARY', 'W19'),
('ml-engineer', 'shap-lime', 'SECONDARY', 'W19'),
('ml-engineer', 'git', 'SECONDARY', 'W19');

insert into role_language (role_slug, language_slug, importance, source_code) values
('ml-engineer', 'python', 'CORE', 'S000'),
('ml-engineer', 'sql', 'CORE', 'S000'),
('ml-engineer', 'scala', 'SECONDARY', 'S000'),
('ml-engineer', 'r', 'SECONDARY', 'S000'),
('ml-engineer', 'bash', 'SECONDARY', 'W19'),
('ml-engineer', 'go', 'SECONDARY', 'W19');

insert into role_workflow (role_slug, position, name) values
('ml-engineer', 1, 'Developing and training models'),
('ml-engineer', 2, 'Managing the data pipelines that feed models'),
('ml-engineer', 3, 'CI/CD for machine learning'),
('ml-engineer', 4, 'Monitoring models in production');

insert into role_theory (role_slug, position, name) values
('ml-engineer', 1, 'Linear algebra'),
('ml-engineer', 2, 'Probability and statistics'),
('ml-engineer', 3, 'Optimisation'),
('ml-engineer', 4, 'Deep-learning theory');

insert into role_use_case (role_slug, position, title, example) values
('ml-engineer', 1, 'Recommendation engines', 'A recommender that suggests what to watch next on a streaming service'),
('ml-engineer', 2, 'Fraud detection', 'Scoring payments as they happen and flagging the ones that look unusual'),
('ml-engineer', 3, 'Language applications such as chatbots', 'An NLP model that answers customer-service questions in a chat window'),
('ml-engineer', 4, 'Predictive analytics platforms', 'Forecasts that a business reads to plan stock, staff or budgets'),
('ml-engineer', 5, 'Computer-vision tools', 'Models that recognise objects or defects in images');

insert into role_collaborator (role_slug, position, name) values
('ml-engineer', 1, 'Data scientists'),
('ml-engineer', 2, 'Data engineers'),
('ml-engineer', 3, 'Product managers of AI-driven features');

insert into role_best_for (role_slug, position, text) values
('ml-engineer', 1, 'Engineers who want the models they build to reach production and stay healthy there'),
('ml-engineer', 2, 'People at ease with both software engineering and data science'),
('ml-engineer', 3, 'Those who enjoy the mathematics behind a model as much as the code around it'),
('ml-engineer', 4, 'Builders who like turning prototypes into services that scale');

insert into salary_figure (role_slug, position, basis, amount_usd, low_usd, high_usd, range_label, region, period,
                           label, note, headline, source_code) values
('ml-engineer', 1, 'BASE_RANGE', null, 160000, 250000, 'base salary band', 'US', 'no date given by the source',
 'Base salary band of ML engineers, as seed document 000 states it',
 'A claim of the seed document, with no year or primary source; it sits close to the Indeed average below.', true, 'S000'),
('ml-engineer', 2, 'AVERAGE', 166574, null, null, null, 'US', 'guide dated 2025-06-26',
 'Average salary of ML engineers advertised on Indeed, as roadmap.sh reports it', null, false, 'W17'),
('ml-engineer', 3, 'MEDIAN', 140910, null, null, null, 'US', 'May 2024',
 'Median annual wage of computer and information research scientists (BLS)',
 'The BLS has no occupation for ML engineers. This research occupation is the nearest official one, so the figure is a proxy; its typical entry level is a master''s degree.', false, 'W6'),
('ml-engineer', 4, 'MEDIAN', 136620, null, null, null, 'US', 'May 2022',
 'Median annual wage of computer and information research scientists, on the BLS''s own page',
 'The same proxy occupation two years earlier, as the BLS Occupational Outlook Handbook published it.', false, 'W3');

insert into role_company (role_slug, company_slug, position, source_code) values
('ml-engineer', 'google', 1, 'S000'),
('ml-engineer', 'amazon', 2, 'S000'),
('ml-engineer', 'microsoft', 3, 'S000'),
('ml-engineer', 'meta', 4, 'S000'),
('ml-engineer', 'openai', 5, 'S000'),
('ml-engineer', 'databricks', 6, 'S000');

insert into role_career_step (role_slug, position, title, source_code) values
('ml-engineer', 1, 'Staff ML Engineer', 'S000'),
('ml-engineer', 2, 'Principal ML Engineer', 'S000'),
('ml-engineer', 3, 'ML Engineering Manager', 'S000');

insert into role_note (role_slug, topic, note) values
('ml-engineer', 'CAREER_PROGRESSION',
 'The seed lists the senior steps only. After Staff ML Engineer the road splits: Principal ML Engineer on the technical track, ML Engineering Manager on the management track.');
