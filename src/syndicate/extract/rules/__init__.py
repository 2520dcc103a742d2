"""Knowledge tables (phrases, class/id patterns, ad-network signatures), kept apart from algorithms."""
