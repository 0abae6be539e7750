"""Batch scale-out: coding large corpora on Ray Data (optional extra `dyadwatch[ray]`)."""
