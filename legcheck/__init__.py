"""Leg Check command line: assess, chat and serve."""
