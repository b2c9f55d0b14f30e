"""Trained models shipped as plain data (JSON with provenance); see framing.target."""
