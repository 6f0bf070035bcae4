"""What every link of the message board shares: the module itself is the one object."""
links = []
