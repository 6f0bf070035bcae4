"""Gradio runs a coroutine handler on its event loop, not on its worker threads: a test and a use with
no await between them cannot be split by another handler (negative); a plain handler runs on its
worker threads (positive)."""
import gradio as gr

session = None
clicks = 0


async def close_session():
    global session
    if session:
        session.close()
        session = None


def count_click():
    global clicks
    clicks += 1  # expect: GIL001


with gr.Blocks() as demo:
    close = gr.Button("Close")
    count = gr.Button("Count")
    close.click(close_session)
    count.click(count_click)
