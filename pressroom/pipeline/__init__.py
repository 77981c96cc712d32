"""The pipeline's stages as plain functions over a run folder.

A run folder (``<warehouse dir>/staging/runs/<run_id>``) holds the run's
manifest; batch folders (``<warehouse dir>/staging/batches/<key>``) hold each
batch's Parquet output, named by the batch's content so that a batch that was
already done by a killed run is not done again. Prefect flows in ``flows/``
call these functions; they work without Prefect too.
"""
