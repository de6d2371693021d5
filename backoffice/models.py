"""The back office keeps no tables of its own.

This module exists because Django sends post_migrate only to apps with a models module,
and the roles table is re-applied on backoffice's post_migrate (see apps.py).
"""
