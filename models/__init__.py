"""The trained models. Installed, this directory is the package `mjci_extract.model_data`.

`mjci-ner-th/` is the default NER model; wheels and `pip install .` carry it (pyproject.toml maps
this directory into the package), and `mjci_extract.ner.shipped_model_path()` finds it.
"""
