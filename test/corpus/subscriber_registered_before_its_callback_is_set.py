"""A ROS listener that subscribes in `__init__` and only then stores the user's callback: rospy calls
`on_message()` on its own thread from the moment of the subscription, and a message that comes at once
(a latched topic) finds no `self.user_callback`: AttributeError on that thread, and the message is
lost (positive)."""
import threading

import rospy


class TopicListener:
    def __init__(self, topic, msg_type, user_callback=None):
        self.latest = None
        self.lock = threading.Lock()
        self.subscriber = rospy.Subscriber(topic, msg_type, self.on_message, queue_size=1)
        self.user_callback = user_callback  # expect: GIL006

    def on_message(self, msg):
        with self.lock:
            self.latest = msg
        if self.user_callback is not None:
            self.user_callback(msg)

    def get(self):
        with self.lock:
            return self.latest
