"""Handlers of Gradio and Dash apps run on worker threads, several requests at once (positive: GIL001 three times)."""
import dash
import gradio as gr
from dash import Input, Output, callback, html

page_views = 0
clicks = {"total": 0}
greetings = 0


def greet(name):
    global greetings
    greetings += 1  # expect: GIL001
    return f"Hello {name} ({greetings})"


with gr.Blocks() as demo:
    who = gr.Textbox(label="Name")
    hello = gr.Button("Greet")
    said = gr.Textbox(label="Greeting")
    hello.click(greet, inputs=who, outputs=said)

app = dash.Dash(__name__)
app.layout = html.Div([html.Button("Go", id="go"), html.Div(id="views"), html.Div(id="clicks")])


@app.callback(Output("views", "children"), Input("go", "n_clicks"))
def count_view(_n):
    global page_views
    page_views += 1  # expect: GIL001
    return str(page_views)


@callback(Output("clicks", "children"), Input("go", "n_clicks"))
def count_click(_n):
    clicks["total"] += 1  # expect: GIL001
    return str(clicks["total"])
