"""The finalpos-client code generation pipeline.

`python -m codegen regen` runs the stages in order, each a small module with one job:

    fetch -> validate -> normalise -> generate -> overlay -> verify -> swap -> report

Nothing under `generated/` or `openapi.json` changes unless every stage before `swap` passed.
"""
