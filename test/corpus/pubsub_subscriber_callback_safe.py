"""A Pub/Sub subscriber callback that counts under a lock (negative)."""
import threading

from google.cloud import pubsub_v1

received = {"orders": 0}
received_lock = threading.Lock()


def on_order(message):
    with received_lock:
        received["orders"] += 1
    message.ack()


subscriber = pubsub_v1.SubscriberClient()
stream = subscriber.subscribe("projects/shop/subscriptions/orders", callback=on_order)
stream.result(timeout=60)
