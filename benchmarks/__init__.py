"""Benchmarks: corpus builder, throughput and accuracy runs (see docs/benchmarks.md)."""
