"""A Flask lookup page that keeps the searched word in a module global, stored in the POST branch and
read back to render: two requests at once on the threaded server can show one user the other's word."""
from flask import Flask, render_template_string, request

app = Flask(__name__)
last_word = None


def definition_of(word):
    return f"{word}: a word"


@app.route("/lookup", methods=["GET", "POST"])
def lookup():
    global last_word
    if request.method == "POST":
        last_word = request.form.get("word", "").strip()  # expect: GIL001
        if last_word:
            meaning = definition_of(last_word)
            return render_template_string("<p>{{ m }}</p><p>{{ w }}</p>", m=meaning, w=last_word)
    return render_template_string("<form method=post><input name=word></form>")


if __name__ == "__main__":
    app.run(threaded=True)
