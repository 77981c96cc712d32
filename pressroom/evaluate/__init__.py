"""Scoring Pressroom's output against labelled data (pure functions)."""
