"""A ROS 1 node whose one subscriber keeps the latest value and a count only it changes; the main loop only reads (negative)."""
import rospy
from std_msgs.msg import Float64

latest = None
received = 0


def on_reading(msg):
    global latest, received
    latest = msg.data
    received += 1


rospy.init_node("reader")
rospy.Subscriber("/reading", Float64, on_reading)
rate = rospy.Rate(5)
while not rospy.is_shutdown():
    rospy.loginfo("latest %s after %d", latest, received)
    rate.sleep()
