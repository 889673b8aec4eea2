"""Listings: walking entry points (crawl), planning the next page (discovery), and one pure parser per listing family, with a generic fallback."""
