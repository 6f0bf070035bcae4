"""A class-based view that keeps its work on self and on g, both made anew per request, and a count under a lock (negative)."""
import threading

from flask import Flask, g
from flask.views import MethodView

app = Flask(__name__)
served = {"count": 0}
served_lock = threading.Lock()


class Report(MethodView):
    def get(self):
        self.lines = 0
        for _ in range(3):
            self.lines += 1
        g.rows = getattr(g, "rows", 0) + self.lines
        with served_lock:
            served["count"] += 1
        return str(g.rows)


app.add_url_rule("/report", view_func=Report.as_view("report"))
