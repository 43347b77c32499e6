-- Corrections a careful reader asked for: the AI Engineer's toolkit filled from its sources, overlap prose that
-- agrees with the computed similarity, hiring companies only from sources about the role itself, and REST and
-- GraphQL described as the open specifications they are.

-- The undated alternatives article (S003) has AI engineers develop, deploy and maintain AI systems on PyTorch and TensorFlow with a deep
-- grasp of AI theory: deep learning, training and evaluating models, and looking after them once released.
insert into role_skill (role_slug, skill_slug, importance, source_code) values
('ai-engineer', 'deep-learning', 'CORE', 'S003'),
('ai-engineer', 'model-training-evaluation', 'CORE', 'S003'),
('ai-engineer', 'model-monitoring', 'SECONDARY', 'S003');

-- The community roadmap (W41) names Python first and R, C++, Rust or Java by use case; the catalogue has no Rust.
insert into role_language (role_slug, language_slug, importance, source_code) values
('ai-engineer', 'r', 'SECONDARY', 'W41'),
('ai-engineer', 'java', 'SECONDARY', 'W41');

update role_note set note = 'The core skills follow the research-leaning definition of the role in the alternatives article: AI theory, deep learning, training and evaluating models, and the fields it names, language, vision and robotics. The secondary skills on large language models, retrieval, agents, prompting, fine-tuning and AI safety come from the roadmap.sh AI Engineer roadmap, which describes the applied meaning of the title.'
where role_slug = 'ai-engineer' and topic = 'SKILLS';
update role_note set note = 'No official or survey source covers the languages AI engineers use. A community roadmap of low confidence names Python as the most used, and R, C++ or Java depending on the work, so all of them should be read as indicative.'
where role_slug = 'ai-engineer' and topic = 'LANGUAGES';

update role set summary = 'AI engineers build advanced AI systems and the new algorithms inside them. Their toolkit shares its centre with the ML engineer''s, PyTorch, TensorFlow and the training of deep-learning models, but reaches into natural language processing, computer vision and robotics and leans towards research and experiment. Where an ML engineer keeps proven models running in production, an AI engineer is more often working out a method that does not exist yet.'
where slug = 'ai-engineer';

update role_pair set difference = 'The two toolkits meet at their centre rather than across their width: both build on PyTorch and TensorFlow, deep learning and the training and evaluation of models, while the ML engineer''s production and data tooling, MLflow, Kubernetes or Airflow, has no counterpart on the research side. The ML engineer concentrates on machine learning models and on running them dependably in production, while the AI engineer, in the research-leaning sense this catalogue uses, ranges into natural language processing, computer vision and robotics and puts more weight on research and new algorithms. A new method or prototype system from an AI engineer is the kind of thing an ML engineer can then harden, deploy and monitor at scale. In the job market the AI engineer title also names applied work, where the AI engineer builds a product around pre-trained models and LLM APIs and the ML engineer is the one who designs, trains and optimises models.'
where first_slug = 'ml-engineer' and second_slug = 'ai-engineer';

-- Hiring companies only from a source about the role: the data-engineer list came from an article about data
-- scientists, the data-scientist list from a survey of two cities' job markets.
delete from role_company where role_slug in ('data-engineer', 'data-scientist');
delete from company where slug not in (select company_slug from role_company);
delete from source where code in ('W26', 'W28');
update role_note set note = 'No reliable source names the employers that hire data engineers. The one list found counted staff in data roles of every kind in an article about data scientists, so the catalogue shows none rather than borrow it.'
where role_slug = 'data-engineer' and topic = 'HIRING_COMPANIES';
update role_note set note = 'No reliable source names the employers that hire data scientists across the US. The lists found covered only two cities in one year of a salary survey, so the catalogue shows none rather than generalise from them.'
where role_slug = 'data-scientist' and topic = 'HIRING_COMPANIES';
update role_note set note = 'No reliable source names the employers that hire AI engineers. The only company names in the sources are examples of senior pay in a Levels.fyi report, which is not a hiring list, so this section stays empty.'
where role_slug = 'ai-engineer' and topic = 'HIRING_COMPANIES';
update role_note set note = 'No reliable source, one with a stated method, names the employers that hire DevOps engineers, so the catalogue lists none rather than guess.'
where role_slug = 'devops-engineer' and topic = 'HIRING_COMPANIES';

-- REST is an architectural style and GraphQL a published specification: nothing to buy.
update tool set cost_model = 'spec',
 cost_note = 'An architectural style described in Roy Fielding''s doctoral dissertation, not a product: any language or framework can follow it at no cost.',
 cost_evidence = 'https://ics.uci.edu/~fielding/pubs/dissertation/rest_arch_style.htm',
 cost_checked = 'dissertation, 2000'
where slug = 'rest';
update tool set cost_model = 'spec',
 cost_note = 'An open specification maintained by the GraphQL Foundation, not a product: anyone can implement it, and many free servers and clients do.',
 cost_evidence = 'https://spec.graphql.org/October2021/',
 cost_checked = 'October 2021 edition'
where slug = 'graphql';
