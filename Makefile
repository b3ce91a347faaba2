# Conveniences over tasks.py, which needs nothing but Python 3.11 and pip.
.PHONY: help setup reports test lab benchmark extract clean

help:  ## list the targets
	@grep -E '^[a-z]+:.*## ' Makefile | sed 's/:.*## /\t/'

setup:  ## make .venv, install the package with its extras, register the Jupyter kernel
	python3 tasks.py setup

reports:  ## set up, then regenerate reports/ from the seed corpus
	python3 tasks.py reports

test:  ## set up, then run the unit tests and the nbval notebook tests
	python3 tasks.py test

lab:  ## set up, then open JupyterLab on notebooks/
	python3 tasks.py lab

benchmark:  ## set up, then measure extraction throughput and build time
	python3 tasks.py benchmark

extract: setup  ## extract the seed corpus's tables into out/seeds
	.venv/bin/kursk-research extract data/corpus/seeds --out out/seeds

clean:  ## remove the virtual environment and generated output
	rm -rf .venv out reports/*.html reports/*/
