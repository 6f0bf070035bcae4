"""FastAPI runs a plain `def` endpoint in its thread pool (positive), and an `async def` one on its event loop, one at a time (negative)."""
from fastapi import FastAPI

app = FastAPI()
downloads = {"count": 0}
pings = 0


@app.post("/download")
def download(name: str):
    downloads["count"] += 1  # expect: GIL001
    return {"name": name, "count": downloads["count"]}


@app.get("/ping")
async def ping():
    global pings
    pings += 1
    return {"pings": pings}
