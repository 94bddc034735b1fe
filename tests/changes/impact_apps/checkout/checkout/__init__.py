"""A back-office app using finalpos (sample for the impact tests)."""
