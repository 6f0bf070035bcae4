"""An app factory's route starts the background worker if none runs yet: two requests can both start one (positive)."""
import threading
import time

from flask import Flask

jobs = {"worker": None}


def crawl():
    time.sleep(5)


def create_app():
    app = Flask(__name__)

    @app.route("/crawl/start")
    def start_crawl():
        if jobs["worker"] is None:  # expect: GIL004
            jobs["worker"] = threading.Thread(target=crawl, daemon=True)
            jobs["worker"].start()
        return "crawling"

    return app


if __name__ == "__main__":
    create_app().run(threaded=True)
