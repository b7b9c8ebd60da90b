# Evaluation and benchmarks read ../shared (the gold articles, the news corpus); the tests do not.
SHARED ?= ../shared
PYTHON ?= python3

.PHONY: test eval bench check-data

test:
	$(PYTHON) -m pytest

eval:
	$(PYTHON) $(SHARED)/gold/score.py articles $(SHARED)/gold/dev --run 'hadath extract {input} -o {output}'

bench:
	$(PYTHON) bench/text_speed.py
	$(PYTHON) bench/throughput.py

check-data:
	$(PYTHON) tools/build_lexicon.py --check
