# Evaluation and benchmarks read ../shared (the gold articles, the news corpus); the tests do not.
SHARED ?= ../shared
PYTHON ?= python3

.PHONY: test eval eval-ner bench check-data

test:
	$(PYTHON) -m pytest

eval:
	$(PYTHON) $(SHARED)/gold/score.py articles $(SHARED)/gold/dev --run 'hadath extract {input} -o {output}'

eval-ner:
	$(PYTHON) tools/eval_ner.py

bench:
	$(PYTHON) bench/text_speed.py
	$(PYTHON) bench/ner_speed.py
	$(PYTHON) bench/throughput.py

# the generated data files match a rebuild from their sources (needs pip install -e ".[build]")
check-data:
	$(PYTHON) tools/build_lexicon.py --check
	$(PYTHON) tools/build_actors.py --check
	$(PYTHON) tools/build_triggers.py --check
	$(PYTHON) tools/build_gazetteers.py --check
	$(PYTHON) tools/train_domain.py --check
