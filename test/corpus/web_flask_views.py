"""Class-based Flask views and a count kept on the application through current_app (positive)."""
from flask import Flask, current_app
from flask.views import MethodView

app = Flask(__name__)
app.uploads = 0
queue_lengths = {"pending": 0}


class Upload(MethodView):
    def post(self):
        current_app.uploads += 1  # expect: GIL001
        queue_lengths["pending"] += 1  # expect: GIL001
        return "queued"


app.add_url_rule("/upload", view_func=Upload.as_view("upload"))
