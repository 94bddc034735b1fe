"""Request builders, one module per operation (`_get_kwargs`); internal: use `finalpos.FinalPOS`."""
