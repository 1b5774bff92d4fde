"""The additions ``spec/vendor.py`` makes to Campfire's schema, one module per concept."""
