"""The govwatch command line: commands and their text reports, over the pure packages and the pipeline runner."""
