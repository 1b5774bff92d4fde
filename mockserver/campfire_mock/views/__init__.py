"""The resource views: one module per Campfire resource with rules, each a class over the generic base
(``generic.py``); ``registry.py`` picks the class and method of each operation from the spec plan."""
