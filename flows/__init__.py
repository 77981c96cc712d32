"""Prefect flows: one per stage and a parent flow. They orchestrate only; the work is in ``pressroom``."""
