"""Fetching: the polite HTTP client (the only network code), robots and per-host delays, charset resolution, the host map, and the replay transport for recorded snapshots."""
