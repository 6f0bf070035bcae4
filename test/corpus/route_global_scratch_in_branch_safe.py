"""The lookup page keeping the word in a local, and a page that records the last word in a global
under a lock and reads it back under the same lock, and one that only stores it (negative)."""
import threading

from flask import Flask, render_template_string, request

app = Flask(__name__)
last_word = None
history_lock = threading.Lock()


def definition_of(word):
    return f"{word}: a word"


@app.route("/lookup", methods=["GET", "POST"])
def lookup():
    if request.method == "POST":
        word = request.form.get("word", "").strip()
        if word:
            return render_template_string("<p>{{ m }}</p>", m=definition_of(word))
    return render_template_string("<form method=post><input name=word></form>")


@app.route("/remember", methods=["POST"])
def remember():
    global last_word
    if request.form.get("word"):
        with history_lock:
            last_word = request.form.get("word").strip()
            shown = f"remembered {last_word}"
        return shown
    return "nothing"


@app.route("/note", methods=["POST"])
def note():
    global last_word
    if request.form.get("word"):
        last_word = request.form.get("word").strip()
    return "noted"


if __name__ == "__main__":
    app.run(threaded=True)
