-- AI Engineer: facts from seed S003 and the fact sheet (section 7, and note 1 of section 8); prose in our own words.
-- The seed's research-leaning meaning defines the role; the job market's applied, LLM-centred meaning (W18) is
-- described in definition_note and appears only as secondary skills and tools.

insert into role (slug, name, short_name, display_order, headline, summary, primary_focus, key_responsibility,
                  typical_deliverable, definition_note) values
('ai-engineer', 'AI Engineer', 'AI Engineer', 6,
 'Researches new AI methods and builds them into intelligent systems',
 'AI engineers build advanced AI systems and the new algorithms inside them. Their toolkit overlaps heavily with the ML engineer''s, PyTorch and TensorFlow above all, but it reaches into natural language processing, computer vision and robotics and leans towards research and experiment. Where an ML engineer keeps proven models running in production, an AI engineer is more often working out a method that does not exist yet.',
 'Building advanced AI systems',
 'Researching new AI methods and putting them into working systems',
 'New AI algorithms and intelligent systems',
 'Job advertisements and career guides often use the title for a different, applied job. The roadmap.sh AI Engineer roadmap describes someone who builds products on top of pre-trained models and hosted LLM APIs instead of training models from scratch: connecting a model to a company''s own documents through retrieval-augmented generation, embeddings and vector stores, building agents that call tools, and leaving the creation of models to researchers and ML engineers. Market pay figures, such as the Levels.fyi median shown below, most likely follow that applied meaning. This profile keeps the research-leaning meaning of its source document, and lists the applied skills and tools only as secondary ones, sourced to that roadmap.');

insert into role_text (role_slug, topic, body) values
('ai-engineer', 'RESPONSIBILITIES',
 'An AI engineer, in the sense this catalogue uses, researches new AI methods and turns them into working systems. The work reaches past classic machine learning into natural language processing, computer vision and robotics, and often means designing an algorithm before any library offers it. Like an ML engineer, they build, deploy and maintain what they create, but the weight sits on invention and experiment rather than on keeping one model in service for years. Many of their systems join several techniques, a vision model with a language model for instance, into one intelligent whole.'),
('ai-engineer', 'THEORY',
 'Theory is at the centre of this role. Designing a new algorithm means knowing why the existing ones work, where their assumptions break, and how a change to an architecture or a training objective should shift the result. An AI engineer reads research papers closely, reproduces their results and judges whether an idea is sound before spending weeks of GPU time on it.'),
('ai-engineer', 'PROJECTS',
 'Typical projects push a capability past what off-the-shelf models can do: a language model adapted to a specialised domain, a vision system that catches defects too rare for standard detectors, or the perception software that lets a robot pick up objects it has never seen. Work usually begins as a prototype in PyTorch or TensorFlow, is measured against published baselines, and only then is hardened into a system that other people can rely on.'),
('ai-engineer', 'ONBOARDING',
 'Getting started asks for more background than most engineering roles. A newcomer needs fluency in PyTorch or TensorFlow and enough mathematics to follow current research, which is why the role favours people with an academic or research background in AI. The first months often go into reproducing known results before attempting anything new, and that practice builds the judgement the rest of the work depends on.'),
('ai-engineer', 'DOCUMENTATION',
 'The mature frameworks are thoroughly documented, but the frontier this role works on is not. The real reference is the research literature: papers, their appendices and the code released alongside them, whose quality varies widely and which is often abandoned once the paper is out. Rebuilding a method from its description in a paper is a routine part of the job.'),
('ai-engineer', 'TOOLING_ECOSYSTEM',
 'The core tooling is compact: PyTorch and TensorFlow for building and training models, plus specialised libraries for language, vision or robotics that change with the problem. Hugging Face supplies pre-trained models to start from or to compare against. Around this core, the applied meaning of the title has grown a large layer of its own, with LangChain and LlamaIndex for chaining model calls, vector stores such as Chroma and FAISS for retrieval, and hosted model APIs from OpenAI, Anthropic and Google.'),
('ai-engineer', 'ERGONOMICS',
 'Days follow the rhythm of experiments: form an idea, run it, read the results and decide what to try next. Long training runs leave gaps that fill up with reading or with preparing the next test, and a promising result can vanish when it is repeated with a different random seed. The work suits people who keep careful notes and can live with uncertainty, because a month of experiments may end in a negative result.'),
('ai-engineer', 'SCALABILITY',
 'Scale shows up first in training. New models for language or vision are trained across many GPUs, and PyTorch and TensorFlow both support distributed training so that an experiment can outgrow a single machine. Once a prototype proves itself, serving it to many users raises the concerns an ML engineer knows well: batching requests, choosing hardware and keeping the cost of each prediction under control.'),
('ai-engineer', 'SPEED',
 'Speed matters most as the pace of research. GPU acceleration decides how many ideas can be tried in a week, and C++ comes in where a prototype written in Python has to run faster. In robotics and real-time vision, response time is a hard requirement, because a robot arm cannot wait for a slow model.'),
('ai-engineer', 'RELIABILITY',
 'Reliability starts with reproducibility: fixed random seeds, versioned data and recorded settings, so that a result obtained in PyTorch or TensorFlow can be trusted and rebuilt by a colleague. Systems that act in the physical world, such as robots or visual checks on a production line, need careful testing for the rare situations their training data missed. Because the role also maintains what it builds, released systems are watched and updated rather than left alone.'),
('ai-engineer', 'ECOSYSTEM',
 'The ecosystem centres on the research community: conferences, preprints, shared benchmarks and open-source code. Most research code is released for PyTorch or TensorFlow, and Hugging Face is a widely used hub for publishing and finding pre-trained models. Large technology companies and research labs publish much of the state of the art, so following their releases is part of the job.'),
('ai-engineer', 'TOOL_COSTS',
 'Almost all of the software costs nothing: PyTorch and TensorFlow are open source, and so are LangChain, LlamaIndex and vector stores such as Chroma and FAISS. Hugging Face is free to browse and download from, with paid plans and inference endpoints billed by the hour. Hosted model APIs are the variable cost, since the OpenAI API, Anthropic Claude and Google Gemini charge by the token, although Gemini also has a free tier.'),
('ai-engineer', 'INFRASTRUCTURE_COSTS',
 'Compute is the big expense. Training new models for language or vision takes GPU time, rented by the hour from a cloud provider or through a managed service such as Amazon SageMaker, which bills per instance-hour. Failed experiments cost as much as successful ones, so a team planning research of this kind should expect the bill to grow with the size of its models and the number of ideas it tests.'),
('ai-engineer', 'DEVELOPMENT_TOOLS',
 'Everyday development tools are mostly free: Python, PyTorch, TensorFlow and an editor or notebook. AI coding assistants such as Cursor are an optional paid extra, sold by subscription with usage-based charges once a plan''s allowance is used up.'),
('ai-engineer', 'IDEAL_FOR',
 'People who want to invent AI methods, not only apply them, and who are at home with the theory that takes. It fits those with an academic or research background in AI who want their ideas to end up in working systems, and who are drawn to problems that nobody has solved yet.'),
('ai-engineer', 'INDUSTRY_DEMAND',
 'The BLS has no occupation for AI engineers, so no official statistic counts them. The clearest market signal is pay: a Levels.fyi report on March 2024 data found AI engineers earning 8.57% more than engineers without AI work at entry level, a gap that rose to 11.08% at staff level. That report follows the market meaning of the title, applied work with large language models, so demand for the research-heavy role described here is harder to measure.'),
('ai-engineer', 'PROJECT_REQUIREMENTS',
 'Choose this toolkit when a project needs a capability that existing models do not provide, and someone has to research, design and build it. Such projects rely on PyTorch or TensorFlow, a budget for GPU experiments and patience with work whose outcome is uncertain. If the goal is to put a pre-trained model or an LLM API behind a product feature, an engineer with the applied skills listed as secondary here, or an ML engineer, is the better fit.'),
('ai-engineer', 'CHOOSE_IF',
 'you want to push AI forward with new algorithms for language, vision or robotics and see them work in real systems'),
('ai-engineer', 'PICK_ADVICE',
 'This path rewards people who finish a research paper wanting to build on it. If open problems attract you, you can work for weeks without knowing whether an idea will hold, and you enjoy combining language, vision or other techniques into one system, it is a good match. If you would rather take proven models to users quickly, ML engineering, or the applied LLM work the job market also calls AI engineering, will suit you better.'),
('ai-engineer', 'WHEN_TO_HIRE',
 'Hire a research-leaning AI engineer when your product depends on an AI capability you cannot buy or download, such as perception for a robot or language understanding in a narrow specialist domain. Expect exploratory work with uncertain timelines, and pair them with ML engineers who can run the result in production. If what you need is an assistant or a search feature built on existing LLM APIs, look instead for the applied skills listed as secondary here, retrieval-augmented generation among them.'),
('ai-engineer', 'WHY_LOOK_BEYOND',
 'The research side of the role brings long stretches of uncertain work and a heavy reliance on theory, and some people want quicker, more visible results. Those who enjoy shipping move towards ML engineering, where proven models run in production; those who prefer analysing data and answering business questions move towards data science. Others keep the title but shift to its applied market meaning, building products on pre-trained models and LLM APIs.');

insert into role_skill (role_slug, skill_slug, importance, source_code) values
('ai-engineer', 'ai-theory', 'CORE', 'S003'),
('ai-engineer', 'machine-learning-algorithms', 'CORE', 'S003'),
('ai-engineer', 'natural-language-processing', 'CORE', 'S003'),
('ai-engineer', 'computer-vision', 'CORE', 'S003'),
('ai-engineer', 'model-deployment', 'CORE', 'S003'),
('ai-engineer', 'robotics', 'SECONDARY', 'S003'),
('ai-engineer', 'experiment-design', 'SECONDARY', 'S003'),
('ai-engineer', 'problem-solving', 'SECONDARY', 'S003'),
('ai-engineer', 'large-language-models', 'SECONDARY', 'W18'),
('ai-engineer', 'retrieval-augmented-generation', 'SECONDARY', 'W18'),
('ai-engineer', 'ai-agents', 'SECONDARY', 'W18'),
('ai-engineer', 'prompt-engineering', 'SECONDARY', 'W18'),
('ai-engineer', 'fine-tuning', 'SECONDARY', 'W18'),
('ai-engineer', 'ai-safety', 'SECONDARY', 'W18');

insert into role_tool (role_slug, tool_slug, importance, source_code) values
('ai-engineer', 'pytorch', 'CORE', 'S003'),
('ai-engineer', 'tensorflow', 'CORE', 'S003'),
('ai-engineer', 'hugging-face', 'SECONDARY', 'W18'),
('ai-engineer', 'langchain', 'SECONDARY', 'W18'),
('ai-engineer', 'llamaindex', 'SECONDARY', 'W18'),
('ai-engineer', 'openai-api', 'SECONDARY', 'W18'),
('ai-engineer', 'claude', 'SECONDARY', 'W18'),
('ai-engineer', 'gemini', 'SECONDARY', 'W18'),
('ai-engineer', 'llama', 'SECONDARY', 'W18'),
('ai-engineer', 'vector-databases', 'SECONDARY', 'W18'),
('ai-engineer', 'sagemaker', 'SECONDARY', 'W18'),
('ai-engineer', 'cursor', 'SECONDARY', 'W18');

insert into role_language (role_slug, language_slug, importance, source_code) values
('ai-engineer', 'python', 'CORE', 'W41'),
('ai-engineer', 'cpp', 'SECONDARY', 'W41');

insert into role_workflow (role_slug, position, name) values
('ai-engineer', 1, 'Researching and prototyping new AI algorithms'),
('ai-engineer', 2, 'Building systems for language, vision or robotics'),
('ai-engineer', 3, 'Combining several AI techniques into one system'),
('ai-engineer', 4, 'Deploying and maintaining AI systems');

insert into role_theory (role_slug, position, name) values
('ai-engineer', 1, 'AI theory'),
('ai-engineer', 2, 'Design of advanced algorithms');

insert into role_use_case (role_slug, position, title, example) values
('ai-engineer', 1, 'Natural language processing systems', 'A model that reads long technical documents in a specialist field and answers questions about them'),
('ai-engineer', 2, 'Computer-vision systems', 'Recognising objects, people or rare defects in camera images and video'),
('ai-engineer', 3, 'Robotics', 'Perception and planning software that lets a robot find and grasp objects it was not trained on'),
('ai-engineer', 4, 'New algorithms for unsolved problems', 'Designing a learning method where existing models fall short, then testing it against established baselines'),
('ai-engineer', 5, 'Systems that combine several AI techniques', 'An assistant that looks at a photo, recognises what is in it and explains it in plain language, joining a vision model and a language model');

insert into role_collaborator (role_slug, position, name) values
('ai-engineer', 1, 'Machine learning engineers'),
('ai-engineer', 2, 'Data scientists'),
('ai-engineer', 3, 'AI researchers');

insert into role_best_for (role_slug, position, text) values
('ai-engineer', 1, 'Engineers who want to create advanced AI algorithms and the systems built on them'),
('ai-engineer', 2, 'People with an academic or research background in artificial intelligence'),
('ai-engineer', 3, 'Those who like taking on hard problems that nobody has solved yet'),
('ai-engineer', 4, 'Builders who enjoy joining several AI techniques into one working system');

insert into salary_figure (role_slug, position, basis, amount_usd, low_usd, high_usd, range_label, region, period,
                           label, note, headline, source_code) values
('ai-engineer', 1, 'MEDIAN', 140910, null, null, null, 'US', 'May 2024',
 'Median annual wage of computer and information research scientists (BLS)',
 'The BLS has no occupation for AI engineers. This research occupation is the nearest official one, and it suits the research-leaning meaning this profile uses, but the figure remains a proxy rather than a measurement of AI engineers.', true, 'W6'),
('ai-engineer', 2, 'MEDIAN', 300600, null, null, null, 'US', 'March 2024 data',
 'Median pay of AI engineers on Levels.fyi, as reported by VnExpress International',
 'The report calls this a salary, but Levels.fyi usually reports total pay, equity and bonus included, so it is not comparable with a base salary or a BLS wage. It follows the job market''s applied meaning of the title rather than the research meaning of this profile. The same report found AI engineers earning 8.57% more than peers without AI work at entry level, rising to 11.08% at staff level.', false, 'W22');

insert into role_career_step (role_slug, position, title, source_code) values
('ai-engineer', 1, 'Junior AI Engineer', 'W44'),
('ai-engineer', 2, 'AI Engineer', 'W44'),
('ai-engineer', 3, 'Senior AI Engineer', 'W44'),
('ai-engineer', 4, 'Staff AI Engineer', 'W44'),
('ai-engineer', 5, 'Principal AI Engineer', 'W44');

insert into role_note (role_slug, topic, note) values
('ai-engineer', 'CAREER_PROGRESSION',
 'No official statistic or survey describes how AI engineers progress. The ladder shown is the typical one that career guides describe, taken here from a MentorCruise guide, a mentoring marketplace; it follows the usual engineering levels and should be read as indicative.'),
('ai-engineer', 'HIRING_COMPANIES',
 'No source gives a list of employers hiring AI engineers. The only company names in the sources appear as examples of senior pay in a Levels.fyi report, which is not a hiring list, so this section stays empty.'),
('ai-engineer', 'TOOLS',
 'The source document that defines this role names only PyTorch and TensorFlow, plus specialised AI libraries it does not name, so those two are the core tools. The secondary tools come from the roadmap.sh AI Engineer roadmap and belong to the applied, LLM-centred meaning of the title.'),
('ai-engineer', 'SKILLS',
 'The core skills follow the research-leaning definition of the role. The secondary skills on large language models, retrieval, agents, prompting, fine-tuning and AI safety come from the roadmap.sh AI Engineer roadmap, which describes the applied meaning of the title.'),
('ai-engineer', 'LANGUAGES',
 'No official or survey source covers the languages AI engineers use. A community roadmap of low confidence names Python as the most used and C++ among those some work calls for, so both should be read as indicative.'),
('ai-engineer', 'COLLABORATORS',
 'No source lists whom AI engineers work with. These follow from the source document: the roles it places next to this one, ML engineers and data scientists, and its emphasis on research.');
