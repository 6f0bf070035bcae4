"""Serves the site: every request on a thread of its own."""
import http.server

import page_stats

if __name__ == "__main__":
    http.server.ThreadingHTTPServer(("", 8000), page_stats.StatsHandler).serve_forever()
