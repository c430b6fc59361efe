"""The parts of the free-text scrubber, one detector per module; `sharing.scrubber` assembles them."""
