"""Google Cloud Pub/Sub runs a subscriber's callback on a pool of threads, several messages at once (positive: GIL001 once)."""
from google.cloud import pubsub_v1

received = {"orders": 0}


def on_order(message):
    received["orders"] += 1  # expect: GIL001
    message.ack()


subscriber = pubsub_v1.SubscriberClient()
stream = subscriber.subscribe("projects/shop/subscriptions/orders", callback=on_order)
stream.result(timeout=60)
