"""`python -m mjci_extract.cli ...` runs the same command line as `mjci-extract ...`."""

from mjci_extract.cli import main

main()
