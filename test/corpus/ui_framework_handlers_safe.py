"""Gradio and Dash handlers that keep their counts under a lock, or keep state per session (negative)."""
import threading

import dash
import gradio as gr
from dash import Input, Output, html

page_views = 0
views_lock = threading.Lock()


def remember(message, history):
    history = history + [message]
    return history, history


with gr.Blocks() as demo:
    box = gr.Textbox()
    state = gr.State([])
    shown = gr.JSON()
    box.submit(remember, inputs=[box, state], outputs=[state, shown])
    gr.Button("Again").click(remember, inputs=[box, state], outputs=[state, shown])

app = dash.Dash(__name__)
app.layout = html.Div([html.Button("Go", id="go"), html.Div(id="views")])


@app.callback(Output("views", "children"), Input("go", "n_clicks"))
def count_view(_n):
    global page_views
    with views_lock:
        page_views += 1
        return str(page_views)
