"""Exchange packages carried on USB between a school and the municipality (no Qt).

A package is one zip file: a signed manifest and the members it lists by sha256 — the
organisation's data snapshot and, from a school, its annual summary PDF. Members are
encrypted to the recipient's X25519 key once the sender holds it. Reading a package checks
everything (size, names, hashes, signature, format, JSON, schema) in memory before any
row is written, and a package is applied in one transaction.
"""
