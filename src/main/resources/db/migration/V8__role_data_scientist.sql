-- Data Scientist: facts from seed S003 and the fact sheet (W4, W5, W7, W9, W11, W15, W26); prose in our own words.

insert into role (slug, name, short_name, display_order, headline, summary, primary_focus, key_responsibility,
                  typical_deliverable, definition_note) values
('data-scientist', 'Data Scientist', 'Data Scientist', 5,
 'Finds out what the data says through statistics, experiments and predictive models, and explains it to the people who decide',
 'Data scientists turn raw, often messy data into answers a business can act on. They gather and clean data, explore it with statistics and charts, test hypotheses and build predictive models, then explain what they found to people who are not analysts. Their models are mostly experimental: once one proves its worth, an ML engineer usually takes it into production.',
 'Statistical analysis and exploratory modelling',
 'Turning complex data into insights and models that predict',
 'Evidence-based insights and experimental models',
 null);

insert into role_text (role_slug, topic, body) values
('data-scientist', 'RESPONSIBILITIES',
 'A data scientist starts from a question the business cares about, such as why customers stop coming back, and works out what the data can say about it. That means pulling data from several sources, cleaning it, exploring it with statistics and charts, then building and evaluating predictive models. The last step matters as much as the model: explaining the findings to the people who will act on them, and handing promising models to ML engineers who run them in production.'),
('data-scientist', 'THEORY',
 'Statistics is the core: probability, distributions, sampling and significance tests decide whether a pattern is real or noise, and whether an A/B test result can be trusted. Linear algebra underlies most models, from linear regression to dimensionality reduction, and calculus explains how those models are fitted to data. Without this grounding it is easy to produce confident charts and accurate-looking models that fall apart on the next month of data.'),
('data-scientist', 'PROJECTS',
 'Typical projects start with a question and end with a recommendation: analysing why hotel guests do not return, measuring whether a redesigned checkout really lifts sales, forecasting demand for a retailer or scoring loan applicants for risk. The work usually lives in a Jupyter Notebook, with Pandas for wrangling, scikit-learn for models and Matplotlib and Seaborn for charts. The results end up in a written report or in a Tableau or Power BI dashboard that managers check every week.'),
('data-scientist', 'ONBOARDING',
 'The learning curve is steep, and roadmap.sh says so openly: a newcomer needs programming in Python, R or SQL, a working grasp of statistics and linear algebra, and tools for machine learning and visualisation, all at once. The tools themselves are easy to reach, since Python, Jupyter Notebook and scikit-learn install in minutes and Kaggle offers free data sets and competitions to practise on. What takes longest to learn is judging which method fits which question.'),
('data-scientist', 'DOCUMENTATION',
 'Documentation is a strength of this toolkit. NumPy, Pandas and scikit-learn ship thorough user guides full of worked examples, R packages come with vignettes, and Kaggle notebooks, online courses and forums answer most beginner questions. The harder knowledge is statistical, and it lives in textbooks rather than in any library''s manual.'),
('data-scientist', 'TOOLING_ECOSYSTEM',
 'The toolkit is compact next to the operations-heavy roles. Python''s scientific stack of NumPy, Pandas, scikit-learn and Matplotlib and Seaborn covers most daily work, with PyTorch or TensorFlow for deep learning, while R with ggplot2 offers a parallel world many statisticians prefer. Data comes from databases such as PostgreSQL, MySQL, Microsoft SQL Server or MongoDB, and results reach decision makers through Tableau or Power BI.'),
('data-scientist', 'ERGONOMICS',
 'The work is interactive: load a table in a notebook, plot it, try an idea, discard it and try another, with feedback in seconds. Friction comes later, when a notebook full of experiments must become an analysis someone else can rerun, and when stakeholders expect quick, certain answers to questions the data only partly answers. roadmap.sh counts tight deadlines and the risk of burnout among the real drawbacks of the job.'),
('data-scientist', 'SCALABILITY',
 'Most analysis runs on a single machine, and Pandas and scikit-learn work in memory, so a data set that outgrows a laptop is the usual scaling problem. Data scientists then push filtering and aggregation into the database with SQL, work on a sample, or move heavy training to TensorFlow or PyTorch on GPUs. Serving a model to many users at once is normally the ML engineer''s problem rather than theirs.'),
('data-scientist', 'SPEED',
 'What counts is the time from question to answer, not requests per second. Vectorised array operations replace slow loops written in plain Python, and a well-written SQL query lets the database do the heavy lifting before data reaches the notebook. The slowest step is often waiting for clean, complete data, which is why data scientists lean on the pipelines data engineers build.'),
('data-scientist', 'RELIABILITY',
 'Reliability here means results that hold up: an analysis another person can rerun to the same answer, and models checked on data they never saw in training. Fixed random seeds, versioned notebooks and scikit-learn pipelines that bundle preprocessing with the model keep work reproducible, and cross-validation with a held-out test set guards against overfitting. A finding is only as sound as its data, so checking sources and cleaning steps is part of the job.'),
('data-scientist', 'ECOSYSTEM',
 'Two open-source language communities carry the field: Python with NumPy, Pandas, scikit-learn, PyTorch and TensorFlow, and R with its statistical packages and ggplot2. Around them sit Kaggle with its competitions and public data sets, courses from Coursera, edX and DataCamp, and commercial BI tools such as Tableau and Power BI for sharing results with the rest of the business.'),
('data-scientist', 'TOOL_COSTS',
 'The analytical core is free: Python, R, Jupyter Notebook, NumPy, Pandas, scikit-learn, PyTorch and TensorFlow are all open source. Costs appear in the reporting layer. Tableau is licensed per user by subscription, and Power BI Desktop is free while sharing reports through the Power BI service requires a paid licence.'),
('data-scientist', 'INFRASTRUCTURE_COSTS',
 'Infrastructure needs are modest next to the engineering roles, since a capable laptop or a hosted notebook covers most analysis. Costs rise with GPU time for deep-learning experiments and with the warehouse queries that feed the work, which cloud warehouses bill by data scanned or compute used. Sloppy queries over large tables can cost more than the analysis is worth.'),
('data-scientist', 'DEVELOPMENT_TOOLS',
 'Everyday tools cost nothing: notebooks, an editor, Python or R with their libraries, and Git for versioning. Paid seats appear when a team standardises on a commercial BI platform or a managed notebook service.'),
('data-scientist', 'IDEAL_FOR',
 'People with a solid grounding in statistics and mathematics who like asking why as much as building what, and who are comfortable saying that a result is uncertain. It suits the curious who enjoy hunting for patterns in messy data, designing experiments to test them and explaining the answer to an audience without a technical background.'),
('data-scientist', 'INDUSTRY_DEMAND',
 'Official figures point to strong demand. The BLS counted 245,900 data scientist jobs in 2024 and projects employment to grow 34% over 2024–34, and over 2022–32 it expects data scientists to fill more than half of all new jobs in math occupations. Healthcare, technology, finance and retail all hire them, and roadmap.sh reports that finance and healthcare tend to pay them more than other sectors.'),
('data-scientist', 'PROJECT_REQUIREMENTS',
 'Choose this toolkit when the open question is what the data says rather than how to run software at scale: understanding customer behaviour, testing a change, forecasting, or trying a first predictive model to see whether an idea holds. Such projects need Python with Pandas and scikit-learn, or R, a Jupyter Notebook for exploration, SQL access to the data, and Tableau or Power BI when the answer has to reach managers as a dashboard.'),
('data-scientist', 'CHOOSE_IF',
 'you are happiest testing ideas against data with statistics and experiments, rather than deploying and running software'),
('data-scientist', 'PICK_ADVICE',
 'Take a public data set, ask it a question and carry the question all the way through: clean the data, test a hypothesis, fit a simple model and write up what you found for a non-specialist. If exploring and writing up were the best parts, data science fits you. If you mostly wanted the model to run as a service, look at ML engineering, and if the data plumbing was the fun part, at data engineering.'),
('data-scientist', 'WHEN_TO_HIRE',
 'Hire a data scientist when you have data and questions but no answers: which customers are at risk, what drives sales, whether a new feature works, or whether a predictive model is worth building at all. They turn that into tested findings and prototype models; pair them with data engineers for the pipelines and with ML engineers once a model has to run in production.'),
('data-scientist', 'WHY_LOOK_BEYOND',
 'Some data scientists tire of work that ends in a slide deck and want their models to run inside products, which is why roadmap.sh puts machine learning engineer after senior data scientist on its ladder. Others would rather build the infrastructure than interpret its output and move to data engineering, or focus on reporting as data analysts. High expectations, tight deadlines and a field that changes quickly lead some towards quieter data roles such as data governance.');

insert into role_skill (role_slug, skill_slug, importance, source_code) values
('data-scientist', 'statistical-analysis', 'CORE', 'S003'),
('data-scientist', 'exploratory-data-analysis', 'CORE', 'S003'),
('data-scientist', 'hypothesis-testing', 'CORE', 'S003'),
('data-scientist', 'predictive-modelling', 'CORE', 'S003'),
('data-scientist', 'experiment-design', 'CORE', 'S003'),
('data-scientist', 'data-visualization', 'CORE', 'S003'),
('data-scientist', 'communicating-results', 'CORE', 'S003'),
('data-scientist', 'probability-statistics', 'CORE', 'W11'),
('data-scientist', 'machine-learning-algorithms', 'CORE', 'W11'),
('data-scientist', 'linear-algebra', 'SECONDARY', 'W11'),
('data-scientist', 'calculus', 'SECONDARY', 'W11'),
('data-scientist', 'data-preprocessing', 'SECONDARY', 'W11'),
('data-scientist', 'database-management', 'SECONDARY', 'W11'),
('data-scientist', 'deep-learning', 'SECONDARY', 'W11'),
('data-scientist', 'business-intelligence', 'SECONDARY', 'S003'),
('data-scientist', 'problem-solving', 'SECONDARY', 'W15'),
('data-scientist', 'cross-team-collaboration', 'SECONDARY', 'W15'),
('data-scientist', 'domain-knowledge', 'SECONDARY', 'W15');

insert into role_tool (role_slug, tool_slug, importance, source_code) values
('data-scientist', 'pandas', 'CORE', 'S003'),
('data-scientist', 'scikit-learn', 'CORE', 'S003'),
('data-scientist', 'jupyter', 'CORE', 'S003'),
('data-scientist', 'numpy', 'CORE', 'W11'),
('data-scientist', 'matplotlib-seaborn', 'CORE', 'W11'),
('data-scientist', 'pytorch', 'SECONDARY', 'S003'),
('data-scientist', 'tensorflow', 'SECONDARY', 'S003'),
('data-scientist', 'ggplot2', 'SECONDARY', 'W11'),
('data-scientist', 'tableau', 'SECONDARY', 'W11'),
('data-scientist', 'power-bi', 'SECONDARY', 'W11'),
('data-scientist', 'kaggle', 'SECONDARY', 'W15'),
('data-scientist', 'postgresql', 'SECONDARY', 'W11'),
('data-scientist', 'mysql', 'SECONDARY', 'W11'),
('data-scientist', 'sql-server', 'SECONDARY', 'W11'),
('data-scientist', 'mongodb', 'SECONDARY', 'W11');

insert into role_language (role_slug, language_slug, importance, source_code) values
('data-scientist', 'python', 'CORE', 'S003'),
('data-scientist', 'sql', 'CORE', 'W11'),
('data-scientist', 'r', 'SECONDARY', 'S003');

insert into role_workflow (role_slug, position, name) values
('data-scientist', 1, 'Framing the business question with stakeholders'),
('data-scientist', 2, 'Gathering and cleaning data from several sources'),
('data-scientist', 3, 'Exploratory analysis and visualisation'),
('data-scientist', 4, 'Forming and testing hypotheses'),
('data-scientist', 5, 'Building and evaluating predictive models'),
('data-scientist', 6, 'Reporting findings to decision makers');

insert into role_theory (role_slug, position, name) values
('data-scientist', 1, 'Probability and statistics'),
('data-scientist', 2, 'Linear algebra'),
('data-scientist', 3, 'Calculus');

insert into role_use_case (role_slug, position, title, example) values
('data-scientist', 1, 'Customer churn analysis', 'Working out which hotel guests are unlikely to return, and why'),
('data-scientist', 2, 'Experiments and A/B tests', 'Checking with a significance test whether a redesigned sign-up page really raises conversions'),
('data-scientist', 3, 'Forecasting', 'Predicting next quarter''s demand so that a retailer can plan stock'),
('data-scientist', 4, 'Risk scoring', 'A scikit-learn model that estimates how likely a loan applicant is to default'),
('data-scientist', 5, 'Dashboards for decision makers', 'A Tableau or Power BI dashboard that tracks the measures a leadership team reviews each week'),
('data-scientist', 6, 'Prototype models for production teams', 'A notebook model that ML engineers later turn into a service the product can call');

insert into role_collaborator (role_slug, position, name) values
('data-scientist', 1, 'ML engineers, who take their models into production'),
('data-scientist', 2, 'Data engineers, who build the pipelines that feed them data'),
('data-scientist', 3, 'Business stakeholders who act on the findings');

insert into role_best_for (role_slug, position, text) values
('data-scientist', 1, 'People with strong statistics and mathematics who think critically about evidence'),
('data-scientist', 2, 'The curious, who like finding patterns nobody has noticed in a data set'),
('data-scientist', 3, 'Those who like setting up experiments and turning what they learn into predictive models'),
('data-scientist', 4, 'Analysts who can explain a complex result to people who are not analysts');

insert into salary_figure (role_slug, position, basis, amount_usd, low_usd, high_usd, range_label, region, period,
                           label, note, headline, source_code) values
('data-scientist', 1, 'MEDIAN', 112590, 63650, 194410, '10th to 90th percentile', 'US', 'May 2024',
 'Median annual wage of data scientists (BLS occupation 15-2051), with the 10th and 90th percentiles',
 'From the BLS Occupational Employment and Wage Statistics survey, as reproduced in a comparison page of its tables.', true, 'W4'),
('data-scientist', 2, 'AVERAGE', 125156, 79612, 196755, 'range of advertised salaries', 'US', 'guide dated 2025-03-24',
 'Average salary of data scientists advertised on Indeed, as roadmap.sh reports it', null, false, 'W11'),
('data-scientist', 3, 'MEDIAN', 103500, null, null, null, 'US', '2022',
 'Median annual wage of data scientists in 2022 (BLS)',
 'An earlier year of the same official occupation.', false, 'W7'),
('data-scientist', 4, 'MEDIAN', 58000, null, null, null, 'Global', '2020 survey',
 'Global median salary of respondents who described themselves as data scientists or machine learning specialists in the Stack Overflow Developer Survey',
 'The survey groups data scientists with ML specialists, and pay is self-reported by developers in many countries; compare it only with other global medians.', false, 'W9');

insert into role_fact (role_slug, position, topic, text, source_code) values
('data-scientist', 1, 'INDUSTRY_DEMAND',
 'Data scientists held 245,900 jobs in the US in 2024, and BLS projects their employment to grow by 34% over 2024–34.', 'W5'),
('data-scientist', 2, 'INDUSTRY_DEMAND',
 'Over 2022–32, BLS projects that data scientists will take 58.2% of the new jobs in math occupations, about 59,400 jobs.', 'W7');

insert into role_company (role_slug, company_slug, position, source_code) values
('data-scientist', 'amazon', 1, 'W26'),
('data-scientist', 'meta', 2, 'W26'),
('data-scientist', 'bloomberg', 3, 'W26'),
('data-scientist', 'jpmorgan-chase', 4, 'W26'),
('data-scientist', 'goldman-sachs', 5, 'W26'),
('data-scientist', 'bank-of-america', 6, 'W26'),
('data-scientist', 'wells-fargo', 7, 'W26'),
('data-scientist', 'anthem', 8, 'W26');

insert into role_career_step (role_slug, position, title, source_code) values
('data-scientist', 1, 'Junior Data Scientist', 'W11'),
('data-scientist', 2, 'Data Scientist', 'W11'),
('data-scientist', 3, 'Senior Data Scientist', 'W11'),
('data-scientist', 4, 'Machine Learning Engineer', 'W11');

insert into role_note (role_slug, topic, note) values
('data-scientist', 'HIRING_COMPANIES',
 'These are the employers that led data-scientist hiring in New York (Amazon Web Services, Facebook, Bloomberg, JPMorgan Chase and Goldman Sachs) and in Charlotte (Bank of America, Wells Fargo and Anthem Blue Cross) in 2020, according to the Dice 2021 Tech Salary Report. Amazon stands here for its AWS unit and Meta for Facebook; the list covers two cities, not the whole US market.'),
('data-scientist', 'SALARY',
 'The figures measure different things: the BLS median is the middle wage of everyone employed in the occupation, while the Indeed average is taken from advertised salaries. The global median is self-reported in a developer survey and is not comparable with the US figures.'),
('data-scientist', 'CAREER_PROGRESSION',
 'The ladder is the one roadmap.sh describes. Its last step, machine learning engineer, is a move into a neighbouring role rather than a promotion within data science; the same guides name data analyst, data engineer and data governance roles as other directions.');
