"""An app factory's route tests and starts the background worker under one lock (negative)."""
import threading
import time

from flask import Flask

jobs = {"worker": None}
jobs_lock = threading.Lock()


def crawl():
    time.sleep(5)


def create_app():
    app = Flask(__name__)

    @app.route("/crawl/start")
    def start_crawl():
        with jobs_lock:
            if jobs["worker"] is None:
                jobs["worker"] = threading.Thread(target=crawl, daemon=True)
                jobs["worker"].start()
        return "crawling"

    return app


if __name__ == "__main__":
    create_app().run(threaded=True)
