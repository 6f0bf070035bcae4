"""Flask routes count page views in module state; the server runs each request on a thread of its own (positive)."""
from flask import Flask, jsonify

app = Flask(__name__)
page_views = 0
views_by_path = {}


@app.route("/")
def home():
    global page_views
    page_views += 1  # expect: GIL001
    return f"{page_views} views"


@app.get("/stats/<path:page>")
def stats(page):
    views_by_path[page] = views_by_path.get(page, 0) + 1  # expect: GIL001
    return jsonify(views_by_path)


if __name__ == "__main__":
    app.run(threaded=True)
